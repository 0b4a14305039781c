package dev.xxgk.internal.rules;

import java.util.List;

/**
 * The closed set of rule kinds. A rule pack's rules are instances of these, with parameters from
 * YAML; the kinds are the only code that checks a report. Each kind documents its missing-value
 * policy, its tolerance and what its defects' locations point at.
 */
public sealed interface RuleKind
    permits PipelineKind, SectionPresentKind, SectionHeadingKind, SectionOrderKind,
        SectionNumberingKind, SectionEmptyKind, TablePresentKind, TableRowsKind, TableColumnsKind,
        LabelStandardKind, FormatVersionKind, TextPatternKind, CellCheckKind, EquationKind,
        IssuerScopeKind, CellPlausibilityKind, RatioKind, PeriodKind, TitleKind {

  /** Checks the report in {@code ctx} and reports what it finds through {@code ctx}. */
  void check(RuleContext ctx);

  /** Cell reference templates the kind uses, so that a pack can be checked when it loads. */
  default List<String> cellRefs() {
    return List.of();
  }
}
