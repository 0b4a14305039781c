package dev.xxgk.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One table cell: its value, the text as printed and where it was printed.
 *
 * @param value the number, or null when the cell is blank, a placeholder ({@code - — / 无}) or text
 *     that is not a number
 * @param raw the cell text as printed (trimmed); empty for a blank cell
 * @param source where the cell was printed
 */
public record Cell(@Nullable BigDecimal value, String raw, SourceRef source) {

  public static Cell of(long value) {
    return new Cell(BigDecimal.valueOf(value), Long.toString(value), SourceRef.UNKNOWN);
  }

  public static Cell blank() {
    return new Cell(null, "", SourceRef.UNKNOWN);
  }

  /** True for a blank cell or a placeholder; false for a number or for non-numeric text. */
  public boolean isBlank() {
    return value == null && CellText.isPlaceholder(raw);
  }

  /** True when the cell holds text that is neither a number nor a placeholder. */
  public boolean isText() {
    return value == null && !CellText.isPlaceholder(raw);
  }
}
