package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A table being read: cells, and which cell owns each grid position (a merged cell owns several).
 *
 * @param ruled true when rebuilt from ruling lines, false when from text columns
 * @param page the page the table starts on
 * @param top y of its top edge on that page
 * @param xs column edges, ascending
 * @param cells the cells, indexed by id
 * @param owner [row][column] the id of the cell printed there
 */
record Table(boolean ruled, int page, float top, float[] xs, List<TableCell> cells,
    int[][] owner) {

  Table {
    cells = List.copyOf(cells);
  }

  int rows() {
    return owner.length;
  }

  int columns() {
    return xs.length - 1;
  }

  TableCell cell(int row, int column) {
    return cells.get(owner[row][column]);
  }

  /** Whether the cell at this position also covers other rows. */
  boolean spansRows(int row, int column) {
    int id = owner[row][column];
    return row > 0 && owner[row - 1][column] == id
        || row + 1 < rows() && owner[row + 1][column] == id;
  }

  /** True for the first position of its cell in row-major order. */
  BitSet origins() {
    BitSet seenCells = new BitSet();
    BitSet origins = new BitSet();
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        if (!seenCells.get(owner[r][c])) {
          seenCells.set(owner[r][c]);
          origins.set(r * columns() + c);
        }
      }
    }
    return origins;
  }

  /** The texts of a row, one per column (a merged cell's text repeated). */
  List<String> rowTexts(int row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < columns(); c++) {
      out.add(cell(row, c).text());
    }
    return out;
  }
}
