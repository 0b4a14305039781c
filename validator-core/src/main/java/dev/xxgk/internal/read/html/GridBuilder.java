package dev.xxgk.internal.read.html;

import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Expands an HTML table into a grid, placing cells as the HTML table model does: each cell goes
 * to the first free position of its row, and a {@code rowspan}/{@code colspan} cell fills every
 * position it covers, the top-left one as the origin and the others with {@code origin=false} and
 * the same text. Every position's {@link SourceRef} has the table index, its own grid row and
 * column, and the source line of the cell that fills it.
 *
 * <p>Hostile spans are bounded: colspan at most {@value #MAX_COLSPAN}, rowspan at most {@value
 * #MAX_ROWSPAN} and never past the last row ({@code rowspan=0} runs to the last row), a cell whose
 * spans would take the table past {@value #MAX_TABLE_CELLS} positions is placed unmerged, and a
 * document whose tables need more than {@value #MAX_DOCUMENT_CELLS} positions in all is refused
 * as too large. Overlapping spans keep the first cell placed. Positions that no cell covers,
 * left of a row's last cell, are empty origin cells; rows are not padded on the right.
 */
final class GridBuilder {

  static final int MAX_COLSPAN = 100;
  static final int MAX_ROWSPAN = 1000;
  static final int MAX_TABLE_CELLS = 100_000;
  static final int MAX_DOCUMENT_CELLS = 1_000_000;

  private final int maxTableCells;
  private final int maxDocumentCells;
  private int documentCells;

  GridBuilder() {
    this(MAX_TABLE_CELLS, MAX_DOCUMENT_CELLS);
  }

  GridBuilder(int maxTableCells, int maxDocumentCells) {
    this.maxTableCells = maxTableCells;
    this.maxDocumentCells = maxDocumentCells;
  }

  TableGrid build(Element table, int index) throws InputProblem {
    int tableLine = HtmlTables.line(table, 0);
    List<Element> rows = HtmlTables.rows(table);
    List<List<@Nullable GridCell>> grid = new ArrayList<>();
    rows.forEach(r -> grid.add(new ArrayList<>()));
    int used = 0;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element cell : HtmlTables.cells(rows.get(r))) {
        c = firstFree(grid.get(r), c);
        int cols = Math.max(1, HtmlTables.span(cell, "colspan", MAX_COLSPAN));
        int span = HtmlTables.span(cell, "rowspan", MAX_ROWSPAN);
        int down = Math.min(span == 0 ? rows.size() : span, rows.size() - r);
        if (used + cols * down > maxTableCells) {
          cols = 1;
          down = 1;
        }
        used += cols * down;
        charge(cols * down);
        GridCell origin = GridCell.of(HtmlTables.cellText(cell),
            new SourceRef(null, HtmlTables.line(cell, tableLine), index, r, c));
        fill(grid, origin, r, c, down, cols);
        c += cols;
      }
    }
    return new TableGrid(fillGaps(grid, tableLine, index),
        new SourceRef(null, tableLine, index, null, null));
  }

  /** Puts the origin at (r, c) and its copies, not origins, at the other covered positions. */
  private static void fill(
      List<List<@Nullable GridCell>> grid, GridCell origin, int r, int c, int down, int cols) {
    SourceRef pos = origin.pos();
    for (int dr = 0; dr < down; dr++) {
      for (int dc = 0; dc < cols; dc++) {
        GridCell cell = dr == 0 && dc == 0 ? origin : new GridCell(origin.text(), false,
            pos.withCell(pos.table(), r + dr, c + dc));
        place(grid.get(r + dr), c + dc, cell);
      }
    }
  }

  private void charge(int cells) throws InputProblem {
    documentCells += cells;
    if (documentCells > maxDocumentCells) {
      throw InputProblem.unreadable("too-large", "> " + maxDocumentCells + " table cells");
    }
  }

  private static int firstFree(List<@Nullable GridCell> row, int from) {
    int c = from;
    while (c < row.size() && row.get(c) != null) {
      c++;
    }
    return c;
  }

  private static void place(List<@Nullable GridCell> row, int column, GridCell cell) {
    while (row.size() <= column) {
      row.add(null);
    }
    if (row.get(column) == null) {
      row.set(column, cell);
    }
  }

  private static List<List<GridCell>> fillGaps(
      List<List<@Nullable GridCell>> grid, int line, int index) {
    List<List<GridCell>> filled = new ArrayList<>(grid.size());
    for (int r = 0; r < grid.size(); r++) {
      List<GridCell> row = new ArrayList<>(grid.get(r).size());
      for (int c = 0; c < grid.get(r).size(); c++) {
        GridCell cell = grid.get(r).get(c);
        row.add(cell != null ? cell : GridCell.of("", new SourceRef(null, line, index, r, c)));
      }
      filled.add(row);
    }
    return filled;
  }
}
