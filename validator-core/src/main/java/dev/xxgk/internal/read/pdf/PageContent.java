package dev.xxgk.internal.read.pdf;

import java.util.List;
import java.util.Map;

/**
 * What one page holds once its ruled tables are found.
 *
 * @param page 1-based page number
 * @param width display width of the page
 * @param height display height of the page
 * @param tables the page's tables, top to bottom
 * @param lines the text lines outside tables, top to bottom
 * @param lineNumbers each glyph's 1-based line on the page (all glyphs, tables included)
 */
record PageContent(int page, float width, float height, List<Table> tables, List<TextLine> lines,
    Map<Glyph, Integer> lineNumbers) {

  PageContent {
    tables = List.copyOf(tables);
    lines = List.copyOf(lines);
  }

  PageContent with(List<Table> newTables, List<TextLine> newLines) {
    return new PageContent(page, width, height, newTables, newLines, lineNumbers);
  }

  int lineOf(TextLine line) {
    return lineNumbers.getOrDefault(line.first(), 0);
  }
}
