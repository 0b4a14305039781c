package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.Severity;
import dev.xxgk.model.Period;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The stated statistics period must be 1 January to 31 December of the report year. No stated
 * period is reported at {@code missingSeverity}; a report of unknown year is not checked.
 * Location: where the period was stated, else the preamble.
 *
 * @param missingSeverity severity when no period is stated, or null for the rule's severity
 */
public record PeriodKind(@Nullable Severity missingSeverity) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    Integer year = ctx.report().year();
    if (year == null) {
      return;
    }
    Period p = ctx.report().period();
    if (p == null) {
      var d = ctx.defect().variant("missing").arg("year", year);
      if (missingSeverity != null) {
        d.severity(missingSeverity);
      }
      d.report();
      return;
    }
    if (!p.from().equals(LocalDate.of(year, 1, 1)) || !p.to().equals(LocalDate.of(year, 12, 31))) {
      ctx.defect().variant("wrong")
          .at(Location.NONE.withSource(p.source().page(), p.source().line()))
          .arg("year", year).arg("from", p.from()).arg("to", p.to()).report();
    }
  }
}
