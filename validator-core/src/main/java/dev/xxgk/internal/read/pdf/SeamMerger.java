package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks the second part of a table under the first and mends what the page break cut: when the
 * whole last row continues on the new page, its cells are joined pairwise; otherwise only a label
 * cell merged over several rows (三、本年度办理结果, （四）无 / 法提供) is joined with the cell
 * that continues it.
 */
final class SeamMerger {

  private SeamMerger() {}

  /** a and b must have the same column edges. */
  static Table stitch(Table a, Table b) {
    int offset = a.cells().size();
    List<TableCell> cells = TableJoiner.concat(a.cells(), b.cells());
    int[][] owner = new int[a.rows() + b.rows()][];
    for (int r = 0; r < a.rows(); r++) {
      owner[r] = a.owner()[r].clone();
    }
    for (int r = 0; r < b.rows(); r++) {
      owner[a.rows() + r] = b.owner()[r].clone();
      for (int c = 0; c < owner[a.rows() + r].length; c++) {
        owner[a.rows() + r][c] += offset;
      }
    }
    Seam seam = seam(a, b, offset);
    boolean wholeRow = seam.complete() && wholeRowContinues(seam.pairs(), cells);
    for (int[] pair : seam.pairs()) {
      if (wholeRow || labelContinues(pair, cells, owner)) {
        merge(pair[0], pair[1], cells, owner);
      }
    }
    return new Table(a.ruled(), a.page(), a.top(), a.xs(), cells, owner);
  }

  /**
   * The cells of b's first row paired with the cell of a's last row over exactly the same columns.
   *
   * @param pairs {a id, b id (offset)}
   * @param complete whether every cell of b's first row has a partner
   */
  private record Seam(List<int[]> pairs, boolean complete) {}

  private static Seam seam(Table a, Table b, int offset) {
    List<int[]> out = new ArrayList<>();
    boolean complete = true;
    int last = a.rows() - 1;
    int c = 0;
    while (c < b.columns()) {
      int end = c;
      while (end + 1 < b.columns() && b.owner()[0][end + 1] == b.owner()[0][c]) {
        end++;
      }
      int aId = a.owner()[last][c];
      boolean same = (c == 0 || a.owner()[last][c - 1] != aId)
          && (end + 1 == a.columns() || a.owner()[last][end + 1] != aId);
      for (int k = c; k <= end; k++) {
        same &= a.owner()[last][k] == aId;
      }
      if (same) {
        out.add(new int[] {aId, b.owner()[0][c] + offset});
      } else {
        complete = false;
      }
      c = end + 1;
    }
    return new Seam(out, complete);
  }

  private static boolean wholeRowContinues(List<int[]> pairs, List<TableCell> cells) {
    boolean oneSided = false;
    boolean bothText = false;
    for (int[] p : pairs) {
      String x = cells.get(p[0]).text();
      String y = cells.get(p[1]).text();
      if (!x.isBlank() && !y.isBlank() && (Texts.isNumeric(x) || Texts.isNumeric(y))
          || Texts.startsWithMarker(y)) {
        return false;
      }
      oneSided |= x.isBlank() != y.isBlank();
      bothText |= !x.isBlank() && !y.isBlank();
    }
    return oneSided && bothText;
  }

  private static boolean labelContinues(int[] pair, List<TableCell> cells, int[][] owner) {
    String x = cells.get(pair[0]).text();
    String y = cells.get(pair[1]).text();
    boolean label = !x.isBlank() && !Texts.isNumeric(x);
    boolean continuation = y.isBlank() || !Texts.isNumeric(y) && !Texts.startsWithMarker(y);
    return label && continuation && (spansRows(owner, pair[0]) || spansRows(owner, pair[1]));
  }

  private static boolean spansRows(int[][] owner, int id) {
    int rows = 0;
    for (int[] row : owner) {
      for (int v : row) {
        if (v == id) {
          rows++;
          break;
        }
      }
    }
    return rows > 1;
  }

  private static void merge(int keep, int drop, List<TableCell> cells, int[][] owner) {
    TableCell k = cells.get(keep);
    cells.set(keep, new TableCell(Texts.concat(k.text(), cells.get(drop).text()), k.page(),
        k.line()));
    for (int[] row : owner) {
      for (int c = 0; c < row.length; c++) {
        if (row[c] == drop) {
          row[c] = keep;
        }
      }
    }
  }
}
