package dev.xxgk;

import org.jspecify.annotations.Nullable;

/**
 * Where a defect is. Every field is optional; absent fields are null in JSON.
 *
 * @param part the standard part, 1 to 6
 * @param table {@code t2}, {@code t3} or {@code t4}
 * @param row the canonical row key (for table 4 the block key)
 * @param column the canonical column key
 * @param cell the full canonical cell key when one cell is meant
 * @param page 1-based page in the source (PDF, DOCX)
 * @param line 1-based line in the source (text, HTML, PDF line on the page)
 */
public record Location(
    @Nullable Integer part,
    @Nullable String table,
    @Nullable String row,
    @Nullable String column,
    @Nullable String cell,
    @Nullable Integer page,
    @Nullable Integer line) {

  public static final Location NONE = new Location(null, null, null, null, null, null, null);

  public static Location part(int part) {
    return new Location(part, null, null, null, null, null, null);
  }

  public Location withSource(@Nullable Integer page, @Nullable Integer line) {
    return new Location(part, table, row, column, cell, page, line);
  }
}
