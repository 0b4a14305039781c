package dev.xxgk.internal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackLoaderTest {

  private static final PackLoader LOADER = new PackLoader();
  private static final Map<String, RulePack> BUILT_IN = LOADER.loadBuiltIn();

  private static final String HEAD = """
      pack: test-pack
      extends: gov-2021
      format: "2021"
      rules:
      """;

  private static RulePack load(String rules) {
    return LOADER.load("test-pack.yaml", HEAD + rules, BUILT_IN::get);
  }

  @Test
  void builtInPacksLoadWithOverlayResolved() {
    RulePack base = BUILT_IN.get("gov-2021");
    RulePack old = BUILT_IN.get("gov-2019");
    assertThat(base.rules()).extracting(r -> r.id()).contains("t3.balance", "section.missing");
    assertThat(old.layers()).containsExactly("gov-2021", "gov-2019");
    assertThat(old.rule("t2.in-force-vs-issued")).isEmpty();
    assertThat(old.rule("t3.outcome-total").orElseThrow().layer()).isEqualTo("gov-2019");
    assertThat(old.rule("t3.balance").orElseThrow().layer()).isEqualTo("gov-2021");
    assertThat(old.tables().get("t3").rowKeys()).contains("other").doesNotContain("other.other");
  }

  @Test
  void overlayAddsDisablesAndChangesSeverity() {
    RulePack p = LOADER.load("city.yaml", """
        pack: city
        extends: gov-2021
        format: "2021"
        disable: [meta.contact]
        severity: {section.order: error}
        rules:
          - id: city.part5-length
            kind: text-pattern
            severity: info
            basis: CONVENTION
            citation: "某市通知"
            params: {mode: required, scope: ["5"], patterns: ["整改"]}
        """, BUILT_IN::get);
    assertThat(p.rule("meta.contact")).isEmpty();
    assertThat(p.rule("section.order").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    assertThat(p.rule("section.order").orElseThrow().layer()).isEqualTo("city");
    assertThat(p.rule("city.part5-length")).isPresent();
  }

  @Test
  void unknownKindNamesFileLineAndRule() {
    assertThatThrownBy(() -> load("""
          - id: x.bad
            kind: no-such-kind
            severity: error
            basis: OFFICIAL
            citation: c
        """)).isInstanceOf(PackException.class)
        .hasMessageContaining("test-pack.yaml:5").hasMessageContaining("rule x.bad")
        .hasMessageContaining("unknown rule kind 'no-such-kind'");
  }

  @Test
  void missingCitationIsAValidationError() {
    assertThatThrownBy(() -> load("""
          - id: x.no-citation
            kind: section-order
            severity: warning
            basis: CONVENTION
        """)).hasMessageContaining("test-pack.yaml:5").hasMessageContaining("rule x.no-citation")
        .hasMessageContaining("citation");
  }

  @Test
  void brokenRegexIsRejected() {
    assertThatThrownBy(() -> load("""
          - id: x.regex
            kind: text-pattern
            severity: warning
            basis: CONVENTION
            citation: c
            params: {mode: forbidden, scope: [title], patterns: ["(unclosed"]}
        """)).hasMessageContaining("rule x.regex").hasMessageContaining("regular expression");
  }

  @Test
  void unknownCellReferenceIsRejected() {
    assertThatThrownBy(() -> load("""
          - id: x.cells
            kind: equation
            severity: error
            basis: STRUCTURAL
            citation: c
            params: {left: [t3.received.total], right: [t3.no_such_row.total]}
        """)).hasMessageContaining("rule x.cells").hasMessageContaining("t3.no_such_row.total");
  }

  @Test
  void badSeverityAndUnknownFieldsAreRejected() {
    assertThatThrownBy(() -> load("""
          - id: x.sev
            kind: section-order
            severity: fatal
            basis: CONVENTION
            citation: c
        """)).hasMessageContaining("rule x.sev").hasMessageContaining("fatal");
    assertThatThrownBy(() -> load("""
          - id: x.field
            kind: section-order
            severity: error
            basis: CONVENTION
            citation: c
            colour: red
        """)).hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void duplicateIdsAndDanglingOverlaysAreRejected() {
    String rule = """
          - id: x.dup
            kind: section-order
            severity: error
            basis: CONVENTION
            citation: c
        """;
    assertThatThrownBy(() -> load(rule + rule)).hasMessageContaining("duplicate rule id");
    assertThatThrownBy(() -> LOADER.load("o.yaml", "pack: o\nextends: nope\nformat: \"2021\"\n",
        BUILT_IN::get)).hasMessageContaining("extends unknown pack 'nope'");
    assertThatThrownBy(() -> LOADER.load("o.yaml",
        "pack: o\nextends: gov-2021\nformat: \"2021\"\ndisable: [no.such]\n", BUILT_IN::get))
        .hasMessageContaining("no.such");
  }
}
