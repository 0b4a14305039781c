package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Joins a table continued on the next page to its first part. The parts must have the same
 * column structure: ruled parts the same outer edges and one part's column edges a subset of the
 * other's (merged header cells leave edges out); unruled parts the same number of columns. A
 * header repeated on the new page is dropped, and a cell that the page break cut in two (a
 * merged label printed partly on each page, or a whole row broken across the pages) is made one
 * again.
 */
final class TableJoiner {

  private static final float RULED_MATCH = 3f;
  private static final float STREAM_MATCH = 15f;

  private TableJoiner() {}

  /** The joined table, or null when the second is not a continuation of the first. */
  static @Nullable Table join(Table first, Table second) {
    if (first.ruled() != second.ruled()) {
      return null;
    }
    float[] xs = first.ruled() ? superset(first.xs(), second.xs()) : sameCount(first, second);
    if (xs == null) {
      return null;
    }
    Table a = remap(first, xs);
    Table b = withoutRepeatedHeader(a, remap(second, xs));
    return SeamMerger.stitch(a, b);
  }

  private static float @Nullable [] superset(float[] a, float[] b) {
    if (Math.abs(a[0] - b[0]) > RULED_MATCH
        || Math.abs(a[a.length - 1] - b[b.length - 1]) > RULED_MATCH) {
      return null;
    }
    if (subset(b, a)) {
      return a;
    }
    return subset(a, b) ? b : null;
  }

  private static boolean subset(float[] small, float[] large) {
    for (float x : small) {
      if (Clusters.nearest(large, x, RULED_MATCH) < 0) {
        return false;
      }
    }
    return true;
  }

  private static float @Nullable [] sameCount(Table a, Table b) {
    if (a.xs().length != b.xs().length) {
      return null;
    }
    for (int i = 1; i < a.xs().length - 1; i++) {
      if (Math.abs(a.xs()[i] - b.xs()[i]) > STREAM_MATCH) {
        return null;
      }
    }
    return a.xs();
  }

  /** The table on the given column edges: a column the new edges split becomes a merged cell. */
  private static Table remap(Table t, float[] xs) {
    if (Arrays.equals(t.xs(), xs)) {
      return t;
    }
    float tolerance = t.ruled() ? RULED_MATCH : STREAM_MATCH;
    int[] at = new int[t.xs().length];
    for (int i = 0; i < at.length; i++) {
      at[i] = t.ruled() ? Clusters.nearest(xs, t.xs()[i], tolerance) : i;
    }
    int[][] owner = new int[t.rows()][xs.length - 1];
    for (int r = 0; r < t.rows(); r++) {
      for (int c = 0; c < t.columns(); c++) {
        for (int j = at[c]; j < at[c + 1]; j++) {
          owner[r][j] = t.owner()[r][c];
        }
      }
    }
    return new Table(t.ruled(), t.page(), t.top(), xs, t.cells(), owner);
  }

  /** The second part without the header rows it repeats from the first part. */
  private static Table withoutRepeatedHeader(Table a, Table b) {
    int k = 0;
    while (k < Math.min(a.rows(), b.rows() - 1) && sameRow(a, b, k)) {
      k++;
    }
    while (k > 0 && crosses(b, k)) {
      k--;
    }
    if (k == 0) {
      return b;
    }
    return new Table(b.ruled(), b.page(), b.top(), b.xs(), b.cells(),
        Arrays.copyOfRange(b.owner(), k, b.rows()));
  }

  private static boolean sameRow(Table a, Table b, int row) {
    List<String> texts = a.rowTexts(row);
    if (!texts.equals(b.rowTexts(row)) || texts.stream().allMatch(String::isBlank)) {
      return false;
    }
    for (int c = 0; c < a.columns(); c++) {
      boolean joinedLeftA = c > 0 && a.owner()[row][c] == a.owner()[row][c - 1];
      boolean joinedLeftB = c > 0 && b.owner()[row][c] == b.owner()[row][c - 1];
      boolean joinedUpA = row > 0 && a.owner()[row][c] == a.owner()[row - 1][c];
      boolean joinedUpB = row > 0 && b.owner()[row][c] == b.owner()[row - 1][c];
      if (joinedLeftA != joinedLeftB || joinedUpA != joinedUpB) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell of t spans the border above row k. */
  private static boolean crosses(Table t, int k) {
    for (int c = 0; c < t.columns(); c++) {
      if (t.owner()[k - 1][c] == t.owner()[k][c]) {
        return true;
      }
    }
    return false;
  }

  static List<TableCell> concat(List<TableCell> a, List<TableCell> b) {
    List<TableCell> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
