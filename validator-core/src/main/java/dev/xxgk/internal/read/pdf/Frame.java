package dev.xxgk.internal.read.pdf;

/**
 * The skeleton of a ruled table: its column and row edges and which cell borders are drawn.
 *
 * @param xs column edges, ascending (columns = xs.length - 1)
 * @param ys row edges, ascending, display space (rows = ys.length - 1)
 * @param vertical [row][edge]: whether the vertical border at xs[edge] is drawn in that row
 * @param horizontal [edge][column]: whether the horizontal border at ys[edge] is drawn there
 */
record Frame(float[] xs, float[] ys, boolean[][] vertical, boolean[][] horizontal) {

  int rows() {
    return ys.length - 1;
  }

  int columns() {
    return xs.length - 1;
  }

  boolean contains(float x, float y, float slack) {
    return x >= xs[0] - slack && x <= xs[xs.length - 1] + slack
        && y >= ys[0] - slack && y <= ys[ys.length - 1] + slack;
  }
}
