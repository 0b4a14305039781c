package dev.xxgk.internal.read.pdf;

import org.jspecify.annotations.Nullable;

/**
 * The content of one (possibly merged) table cell.
 *
 * @param text the cell's text, lines joined (empty for a blank cell)
 * @param page the 1-based page it is printed on (the first page, for a cell split by a page break)
 * @param line the 1-based line on that page where its text starts, or the line of its row
 */
record TableCell(String text, int page, @Nullable Integer line) {}
