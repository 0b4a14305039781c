package dev.xxgk.internal.pack;

import jakarta.validation.Valid;
import java.util.List;

/**
 * A resolved pack as Bean Validation sees it at load time: every rule and table layout cascaded,
 * and the cross-field cell-reference check on the whole.
 */
@ResolvableCellRefs
record PackUnderTest(RulePack pack, List<dev.xxgk.internal.rules.@Valid Rule> rules,
    java.util.Map<String, @Valid TableSpec> tables, List<@Valid SectionSpec> sections) {

  static PackUnderTest of(RulePack pack) {
    return new PackUnderTest(pack, pack.rules(), pack.tables(), pack.sections());
  }
}
