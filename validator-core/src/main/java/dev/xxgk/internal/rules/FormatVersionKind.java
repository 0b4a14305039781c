package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.Severity;
import dev.xxgk.model.ReportFormat;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tables must follow the current format for the report year (spec §4.3). From {@code fromYear}
 * on, 2019-format or mixed tables are a defect at the rule's severity; before it, mixed tables are
 * a warning, and in {@code lenientYears} (2019: the format was only encouraged) every deviation is
 * a warning. A report of unknown year or format is not checked. Location: table 2, or the first
 * table found.
 *
 * @param current the current format code
 * @param fromYear the first report year that must use it
 * @param lenientYears report years in which deviations are only warnings
 */
public record FormatVersionKind(@NotBlank String current, int fromYear,
    @Nullable List<Integer> lenientYears) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    Integer year = ctx.report().year();
    ReportFormat format = ctx.report().format();
    if (year == null || format == ReportFormat.UNKNOWN || format.code().equals(current)) {
      return;
    }
    boolean outdated = year >= fromYear;
    boolean lenient = lenientYears != null && lenientYears.contains(year);
    if (!outdated && format != ReportFormat.MIXED) {
      return;
    }
    var draft = ctx.defect();
    if (!outdated || lenient) {
      draft.severity(Severity.WARNING);
    }
    String table = ctx.report().tables().containsKey("t2") ? "t2"
        : ctx.report().tables().keySet().stream().findFirst().orElse(null);
    var info = table == null ? null : ctx.report().tables().get(table);
    draft.at(info == null ? Location.NONE : new Location(info.part(), table, null, null, null,
            info.source().page(), info.source().line()))
        .arg("year", year).arg("formatName", "@word.format." + format.code())
        .arg("evidence", String.join("、", ctx.report().formatEvidence()))
        .report();
  }
}
