package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.pack.TableSpec;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * Each listed table must be present somewhere in the report (a table in the wrong part is {@link
 * SectionOrderKind}'s concern). Location: the table and the part it belongs in.
 *
 * @param tables table keys
 */
public record TablePresentKind(@NotEmpty List<String> tables) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (String t : tables) {
      if (!ctx.report().tables().containsKey(t)) {
        TableSpec spec = ctx.pack().tables().get(t);
        int part = spec == null ? 0 : spec.part();
        ctx.defect().at(new Location(part, t, null, null, null, null, null))
            .arg("part", part).arg("table", t).report();
      }
    }
  }
}
