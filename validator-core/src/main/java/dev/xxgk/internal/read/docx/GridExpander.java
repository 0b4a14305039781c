package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Expands a table's merged cells into a rectangular grid. A cell spanning columns
 * ({@code gridSpan}, or a legacy {@code hMerge}) or continuing a vertical merge ({@code vMerge})
 * fills every grid position it covers with its text; only its top-left position is an origin.
 * Grid columns a row leaves out ({@code gridBefore}, {@code gridAfter}, short rows) become empty
 * origin cells, so that every row is as wide as the widest and column indexes line up.
 */
final class GridExpander {

  private final Function<Pages.Mark, @Nullable Integer> page;
  private final int maxCells;
  private long cellsLeft;

  /**
   * @param page turns a mark into a page number
   * @param maxCells grid positions allowed in all tables this expander expands
   */
  GridExpander(Function<Pages.Mark, @Nullable Integer> page, int maxCells) {
    this.page = page;
    this.maxCells = maxCells;
    this.cellsLeft = maxCells;
  }

  List<List<GridCell>> expand(Raw.Table table, int tableIndex) throws InputProblem {
    int width = 0;
    for (Raw.Row row : table.rows()) {
      int w = row.gridBefore() + row.gridAfter();
      for (Raw.Cell cell : row.cells()) {
        w += cell.span();
      }
      width = Math.max(width, w);
    }
    cellsLeft -= (long) width * table.rows().size();
    if (cellsLeft < 0) {
      throw InputProblem.unreadable("too-large", "> " + maxCells + " table cells");
    }
    List<List<GridCell>> grid = new ArrayList<>();
    for (Raw.Row row : table.rows()) {
      List<GridCell> above = grid.isEmpty() ? List.of() : grid.get(grid.size() - 1);
      grid.add(row(row, above, tableIndex, grid.size(), width));
    }
    return grid;
  }

  private List<GridCell> row(
      Raw.Row row, List<GridCell> above, int tableIndex, int r, int width) {
    List<GridCell> out = new ArrayList<>(width);
    Pages.Mark rowMark = row.cells().isEmpty() ? null : row.cells().get(0).mark();
    for (int i = 0; i < row.gridBefore(); i++) {
      out.add(blank(rowMark, tableIndex, r, out.size()));
    }
    for (Raw.Cell cell : row.cells()) {
      if (cell.hMergeContinue() && !out.isEmpty()) {
        String text = out.get(out.size() - 1).text();
        fill(out, cell.span(), text, tableIndex, r, cell.mark());
      } else if (cell.vMerge() == Raw.Merge.CONTINUE && out.size() < above.size()) {
        fill(out, cell.span(), above.get(out.size()).text(), tableIndex, r, cell.mark());
      } else {
        out.add(new GridCell(cell.text(), true, ref(cell.mark(), tableIndex, r, out.size())));
        fill(out, cell.span() - 1, cell.text(), tableIndex, r, cell.mark());
      }
    }
    while (out.size() < width) {
      out.add(blank(rowMark, tableIndex, r, out.size()));
    }
    return out;
  }

  /** Adds {@code count} positions covered by a merged cell. */
  private void fill(List<GridCell> out, int count, String text, int tableIndex, int r,
      Pages.Mark mark) {
    for (int i = 0; i < count; i++) {
      out.add(new GridCell(text, false, ref(mark, tableIndex, r, out.size())));
    }
  }

  private GridCell blank(Pages.@Nullable Mark mark, int tableIndex, int r, int column) {
    SourceRef pos = mark == null
        ? new SourceRef(null, null, tableIndex, r, column)
        : ref(mark, tableIndex, r, column);
    return GridCell.of("", pos);
  }

  private SourceRef ref(Pages.Mark mark, int tableIndex, int r, int column) {
    return new SourceRef(page.apply(mark), null, tableIndex, r, column);
  }
}
