package dev.xxgk.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a block or cell sits in the source file. Every field is optional because formats differ:
 * text has lines, PDF has pages and lines, HTML and DOCX have table, row and column indexes.
 *
 * @param page 1-based page number (PDF, or DOCX where page breaks are recorded)
 * @param line 1-based line number in the source (text, HTML source line, PDF line on the page)
 * @param table 0-based index of the table among the document's tables
 * @param row 0-based grid row inside the table
 * @param column 0-based grid column inside the table
 */
public record SourceRef(
    @Nullable Integer page,
    @Nullable Integer line,
    @Nullable Integer table,
    @Nullable Integer row,
    @Nullable Integer column) {

  public static final SourceRef UNKNOWN = new SourceRef(null, null, null, null, null);

  public static SourceRef line(int line) {
    return new SourceRef(null, line, null, null, null);
  }

  public static SourceRef pageLine(@Nullable Integer page, @Nullable Integer line) {
    return new SourceRef(page, line, null, null, null);
  }

  public SourceRef withCell(int tableIndex, int rowIndex, int columnIndex) {
    return new SourceRef(page, line, tableIndex, rowIndex, columnIndex);
  }
}
