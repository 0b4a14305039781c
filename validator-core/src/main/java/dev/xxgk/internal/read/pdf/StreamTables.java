package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fallback for tables printed without ruling lines: consecutive lines that split into
 * columns form a table; the columns come from the rows that are a label followed by numbers, and
 * every row's segments are placed into those columns by position.
 */
final class StreamTables {

  /** Lines further apart than this (times the font size) do not belong to one table. */
  private static final float ROW_GAP = 3f;

  private StreamTables() {}

  /** The page with tables found among its free lines, and those lines taken out. */
  static PageContent find(PageContent page) {
    List<TextLine> lines = page.lines();
    List<LineSegments> segs = lines.stream().map(LineSegments::of).toList();
    List<Table> tables = new ArrayList<>(page.tables());
    List<TextLine> rest = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, segs, i);
      Table table = end > i ? build(page, lines.subList(i, end), segs.subList(i, end)) : null;
      if (table != null) {
        tables.add(table);
        i = end;
      } else {
        rest.add(lines.get(i++));
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return page.with(tables, rest);
  }

  /** End (exclusive) of a run of columnar lines starting at i; one plain line may sit inside. */
  private static int runEnd(List<TextLine> lines, List<LineSegments> segs, int i) {
    if (!segs.get(i).columnar()) {
      return i;
    }
    int last = i;
    int j = i + 1;
    while (j < lines.size() && close(lines.get(j - 1), lines.get(j))) {
      if (segs.get(j).columnar()) {
        last = j;
      } else if (!(wrappedLabel(lines.get(j), segs.get(j - 1)) && j + 1 < lines.size()
          && segs.get(j + 1).columnar() && close(lines.get(j), lines.get(j + 1)))) {
        break;
      }
      j++;
    }
    return last > i ? last + 1 : i;
  }

  /** A plain line that ends before the second column of the row above: a label wrapped. */
  private static boolean wrappedLabel(TextLine line, LineSegments above) {
    return above.segments().size() > 1 && line.right() < above.segments().get(1).left();
  }

  private static boolean close(TextLine a, TextLine b) {
    return b.top() - a.top() <= ROW_GAP * Math.max(a.size(), b.size());
  }

  private static @Nullable Table build(PageContent page, List<TextLine> lines, List<LineSegments> segs) {
    List<float[]> columns = columns(segs);
    if (columns.size() < 2) {
      return null;
    }
    float[] xs = edges(columns, lines);
    List<TableCell> cells = new ArrayList<>();
    int[][] owner = new int[lines.size()][columns.size()];
    for (int r = 0; r < lines.size(); r++) {
      Integer rowLine = page.lineOf(lines.get(r));
      String[] texts = new String[columns.size()];
      int[] spanEnd = new int[columns.size()];
      for (Segment s : segs.get(r).segments()) {
        int[] range = range(s, columns, xs);
        int c = range[0];
        texts[c] = texts[c] == null ? s.text() : texts[c] + " " + s.text();
        spanEnd[c] = Math.max(spanEnd[c], range[1]);
      }
      int c = 0;
      while (c < columns.size()) {
        int end = Math.max(c, spanEnd[c]);
        for (int k = c + 1; k <= end && k < columns.size(); k++) {
          if (texts[k] != null) {
            end = k - 1;
          }
        }
        cells.add(new TableCell(texts[c] == null ? "" : texts[c], page.page(), rowLine));
        for (int k = c; k <= end; k++) {
          owner[r][k] = cells.size() - 1;
        }
        c = end + 1;
      }
    }
    return new Table(false, page.page(), lines.get(0).top(), xs, cells, owner);
  }

  /** Column intervals from the rows that are a label and numbers, overlapping ones joined. */
  private static List<float[]> columns(List<LineSegments> segs) {
    List<float[]> spans = new ArrayList<>();
    for (LineSegments row : segs) {
      if (row.numericRow()) {
        row.segments().forEach(s -> spans.add(new float[] {s.left(), s.right()}));
      }
    }
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<float[]> out = new ArrayList<>();
    for (float[] s : spans) {
      if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
        float[] lastCol = out.get(out.size() - 1);
        lastCol[1] = Math.max(lastCol[1], s[1]);
      } else {
        out.add(s.clone());
      }
    }
    return out;
  }

  private static float[] edges(List<float[]> columns, List<TextLine> lines) {
    float[] xs = new float[columns.size() + 1];
    xs[0] = (float) lines.stream().mapToDouble(TextLine::left).min().orElse(0);
    for (int c = 1; c < columns.size(); c++) {
      xs[c] = (columns.get(c - 1)[1] + columns.get(c)[0]) / 2;
    }
    float right = (float) lines.stream().mapToDouble(TextLine::right).max().orElse(0);
    xs[columns.size()] = Math.max(right, columns.get(columns.size() - 1)[1]);
    xs[0] = Math.min(xs[0], columns.get(0)[0]);
    return xs;
  }

  /** First and last column a segment covers: those whose middle it spans, else where it sits. */
  private static int[] range(Segment s, List<float[]> columns, float[] xs) {
    int first = -1;
    int last = -1;
    for (int c = 0; c < columns.size(); c++) {
      float mid = (columns.get(c)[0] + columns.get(c)[1]) / 2;
      if (mid >= s.left() && mid <= s.right()) {
        first = first < 0 ? c : first;
        last = c;
      }
    }
    if (first < 0) {
      first = Math.max(0, Clusters.interval(xs, s.centre(), Float.MAX_VALUE));
      last = first;
    }
    return new int[] {first, last};
  }
}
