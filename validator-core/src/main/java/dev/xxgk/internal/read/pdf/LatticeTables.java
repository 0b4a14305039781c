package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Fills a ruled table's frame with the glyphs printed inside its cells. */
final class LatticeTables {

  /** Glyph centres this far outside the frame still belong to it (points). */
  static final float SLACK = 1f;
  /** More lines than this in one cell of a one- or two-column frame make it a text box. */
  private static final int TEXT_BOX_LINES = 8;

  private LatticeTables() {}

  /**
   * The table of the frame.
   *
   * @param glyphs the glyphs whose centres lie inside the frame
   * @param lineNumbers each glyph's line on the page
   */
  static Table build(Frame frame, List<Glyph> glyphs, int page, Map<Glyph, Integer> lineNumbers) {
    int[][] owner = mergedCells(frame);
    int count = 0;
    for (int[] row : owner) {
      for (int id : row) {
        count = Math.max(count, id + 1);
      }
    }
    List<List<Glyph>> byCell = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byCell.add(new ArrayList<>());
    }
    Integer[] rowLines = new Integer[frame.rows()];
    for (Glyph g : glyphs) {
      int r = Clusters.interval(frame.ys(), g.centerY(), SLACK);
      int c = Clusters.interval(frame.xs(), g.centerX(), SLACK);
      if (r >= 0 && c >= 0) {
        byCell.get(owner[r][c]).add(g);
        rowLines[r] = min(rowLines[r], lineNumbers.get(g));
      }
    }
    List<TableCell> cells = new ArrayList<>();
    for (int id = 0; id < count; id++) {
      List<Glyph> gs = byCell.get(id);
      Integer line = null;
      for (Glyph g : gs) {
        line = min(line, lineNumbers.get(g));
      }
      if (line == null) {
        line = rowLines[firstRow(owner, id)];
      }
      cells.add(new TableCell(text(frame, owner, id, gs), page, line));
    }
    return new Table(true, page, frame.ys()[0], frame.xs(), cells, owner);
  }

  /**
   * Whether the ruled frame is a box around running text rather than a table: at most two
   * columns, and a cell holding more lines than a table cell does (a page border, a framed
   * paragraph). Its text is then read as paragraphs.
   */
  static boolean isTextBox(Frame frame, List<Glyph> glyphs) {
    if (frame.columns() > 2) {
      return false;
    }
    int[][] owner = mergedCells(frame);
    Map<Integer, List<Glyph>> byCell = new HashMap<>();
    for (Glyph g : glyphs) {
      int r = Clusters.interval(frame.ys(), g.centerY(), SLACK);
      int c = Clusters.interval(frame.xs(), g.centerX(), SLACK);
      if (r >= 0 && c >= 0) {
        byCell.computeIfAbsent(owner[r][c], k -> new ArrayList<>()).add(g);
      }
    }
    return byCell.values().stream().anyMatch(gs -> Lines.group(gs).size() > TEXT_BOX_LINES);
  }

  /** Grid positions joined where no border is drawn between them; ids in row-major order. */
  static int[][] mergedCells(Frame frame) {
    int rows = frame.rows();
    int cols = frame.columns();
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !frame.vertical()[r][c + 1]) {
          UnionFind.union(parent, r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !frame.horizontal()[r + 1][c]) {
          UnionFind.union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int[] ids = new int[parent.length];
    Arrays.fill(ids, -1);
    int[][] owner = new int[rows][cols];
    int next = 0;
    for (int i = 0; i < parent.length; i++) {
      int root = UnionFind.find(parent, i);
      if (ids[root] < 0) {
        ids[root] = next++;
      }
      owner[i / cols][i % cols] = ids[root];
    }
    return owner;
  }

  private static String text(Frame frame, int[][] owner, int id, List<Glyph> glyphs) {
    if (SidewaysText.mostly(glyphs)) {
      return SidewaysText.read(glyphs);
    }
    float[] span = columnSpan(frame, owner, id);
    return Lines.joinCell(Lines.group(glyphs), span[0], span[1]);
  }

  /** Left and right edge of a cell. */
  private static float[] columnSpan(Frame frame, int[][] owner, int id) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (int[] row : owner) {
      for (int c = 0; c < row.length; c++) {
        if (row[c] == id) {
          left = Math.min(left, frame.xs()[c]);
          right = Math.max(right, frame.xs()[c + 1]);
        }
      }
    }
    return new float[] {left, right};
  }

  private static int firstRow(int[][] owner, int id) {
    for (int r = 0; r < owner.length; r++) {
      for (int v : owner[r]) {
        if (v == id) {
          return r;
        }
      }
    }
    return 0;
  }

  private static @Nullable Integer min(@Nullable Integer a, @Nullable Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.min(a, b);
  }
}
