package dev.xxgk.internal.rules;

import java.util.Map;
import java.util.Set;

/** The YAML name of every rule kind. */
public final class RuleKinds {

  private static final Map<String, Class<? extends RuleKind>> BY_NAME = Map.ofEntries(
      Map.entry("pipeline", PipelineKind.class),
      Map.entry("section-present", SectionPresentKind.class),
      Map.entry("section-heading", SectionHeadingKind.class),
      Map.entry("section-order", SectionOrderKind.class),
      Map.entry("section-numbering", SectionNumberingKind.class),
      Map.entry("section-empty", SectionEmptyKind.class),
      Map.entry("table-present", TablePresentKind.class),
      Map.entry("table-rows", TableRowsKind.class),
      Map.entry("table-columns", TableColumnsKind.class),
      Map.entry("label-standard", LabelStandardKind.class),
      Map.entry("format-version", FormatVersionKind.class),
      Map.entry("text-pattern", TextPatternKind.class),
      Map.entry("cell-check", CellCheckKind.class),
      Map.entry("equation", EquationKind.class),
      Map.entry("issuer-scope", IssuerScopeKind.class),
      Map.entry("cell-plausibility", CellPlausibilityKind.class),
      Map.entry("ratio", RatioKind.class),
      Map.entry("period", PeriodKind.class),
      Map.entry("title", TitleKind.class));

  private RuleKinds() {}

  public static Class<? extends RuleKind> byName(String name) {
    Class<? extends RuleKind> c = BY_NAME.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown rule kind '" + name + "'; known kinds: " + new java.util.TreeSet<>(BY_NAME.keySet()));
    }
    return c;
  }

  public static Set<String> names() {
    return BY_NAME.keySet();
  }
}
