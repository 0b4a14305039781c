package dev.xxgk.internal.rules;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The share {@code sum(numerator) / sum(denominator)} must not exceed {@code max}. Blank cells
 * count as 0; the check is skipped when any cell is absent or the denominator is below {@code
 * minDenominator} (small numbers make shares meaningless). Location: the first numerator cell.
 *
 * @param numerator cell keys
 * @param denominator cell keys
 * @param max largest acceptable share, e.g. 0.3
 * @param minDenominator smallest denominator for which the check runs
 */
public record RatioKind(@NotEmpty List<String> numerator, @NotEmpty List<String> denominator,
    @Positive BigDecimal max, int minDenominator) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    Optional<BigDecimal> num = sum(ctx, numerator);
    Optional<BigDecimal> den = sum(ctx, denominator);
    if (num.isEmpty() || den.isEmpty() || den.get().compareTo(BigDecimal.valueOf(minDenominator)) < 0
        || den.get().signum() == 0) {
      return;
    }
    BigDecimal share = num.get().divide(den.get(), 4, RoundingMode.HALF_UP);
    if (share.compareTo(max) > 0) {
      ctx.defect().at(ctx.cellLocation(numerator.get(0)))
          .arg("numerator", num.get()).arg("denominator", den.get())
          .arg("share", percent(share)).arg("max", percent(max)).report();
    }
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static Optional<BigDecimal> sum(RuleContext ctx, List<String> keys) {
    BigDecimal total = BigDecimal.ZERO;
    for (String k : keys) {
      var c = ctx.report().cells().get(k);
      if (c == null || c.isText()) {
        return Optional.empty();
      }
      total = total.add(c.value() == null ? BigDecimal.ZERO : c.value());
    }
    return Optional.of(total);
  }

  @Override
  public List<String> cellRefs() {
    return Stream.concat(numerator.stream(), denominator.stream()).toList();
  }
}
