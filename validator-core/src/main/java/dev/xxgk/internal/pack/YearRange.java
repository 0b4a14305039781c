package dev.xxgk.internal.pack;

import org.jspecify.annotations.Nullable;

/**
 * The report years a rule applies to; both ends inclusive and optional.
 *
 * @param from first report year, or null for no lower bound
 * @param to last report year, or null for no upper bound
 */
public record YearRange(@Nullable Integer from, @Nullable Integer to) {

  public static final YearRange ALL = new YearRange(null, null);

  /** A report of unknown year is checked by every rule. */
  public boolean contains(@Nullable Integer year) {
    if (year == null) {
      return true;
    }
    return (from == null || year >= from) && (to == null || year <= to);
  }
}
