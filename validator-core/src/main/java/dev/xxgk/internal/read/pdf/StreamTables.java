package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fallback for tables printed without ruling lines. A table grows from an anchor, a line that
 * ends in numbers (a label and its values, or values alone). Downwards it takes further anchors,
 * other lines split into columns, and lines printed only left of the values (labels wrapped over
 * several lines, group labels merged over several rows) when another anchor follows or they end
 * the label above. Upwards it takes the header: lines split into columns, and lines printed within
 * the value columns (a header merged over columns, the lines of a wrapped header cell), in the
 * table's font size. The columns come from the anchors: one for their labels, and one for each
 * column their values stand in; {@link StreamRows} turns the lines into rows.
 */
final class StreamTables {

  /** Lines further apart than this (times the font size) do not belong to one table. */
  private static final float ROW_GAP = 3f;
  /** Lines of one cell are no further apart than this (times the font size). */
  private static final float LINE_PITCH = 1.6f;
  /** Lines of one table differ in font size by no more than this (points). */
  private static final float SAME_SIZE = 0.5f;

  private StreamTables() {}

  /** The page with tables found among its free lines, and those lines taken out. */
  static PageContent find(PageContent page) {
    List<TextLine> lines = page.lines();
    List<LineSegments> segs = lines.stream().map(LineSegments::of).toList();
    List<Table> tables = new ArrayList<>(page.tables());
    List<TextLine> rest = new ArrayList<>();
    int free = 0;
    int i = 0;
    while (i < lines.size()) {
      Table table = null;
      int start = i;
      int end = i + 1;
      if (segs.get(i).anchor()) {
        end = runEnd(lines, segs, i);
        List<float[]> columns = columns(segs.subList(i, end));
        if (columns.size() >= 2) {
          float[] xs = edges(columns, lines.subList(i, end));
          int body = bodyStart(lines, segs, i, free, labelLimit(segs, i, end));
          start = headerStart(lines, segs, body, i - free, xs);
          if (rows(lines, segs, start, end, lines.get(i).size(), labelLimit(segs, i, end)) >= 2) {
            table = StreamRows.build(page, lines.subList(start, end), segs.subList(start, end),
                body - start, columns);
          }
        }
      }
      if (table != null) {
        rest.subList(rest.size() - (i - start), rest.size()).clear();
        tables.add(table);
        i = end;
        free = 0;
      } else {
        rest.add(lines.get(i++));
        free++;
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return page.with(tables, rest);
  }

  /**
   * End (exclusive) of the rows below the anchor at i: anchors, lines split into columns, and
   * label lines that another anchor follows or that finish the label above.
   */
  private static int runEnd(List<TextLine> lines, List<LineSegments> segs, int i) {
    float size = lines.get(i).size();
    float labelLimit = segs.get(i).valueLeft();
    int last = i;
    boolean pending = false;
    for (int j = i + 1; j < lines.size() && close(lines.get(j - 1), lines.get(j)); j++) {
      LineSegments s = segs.get(j);
      if (s.anchor()) {
        last = j;
        pending = false;
        labelLimit = Math.min(labelLimit, s.valueLeft());
      } else if (labelOnly(lines.get(j), size, labelLimit)) {
        pending = true;
      } else if (s.columnar() && !pending) {
        last = j;
      } else {
        break;
      }
    }
    int end = last + 1;
    while (end < lines.size() && close(lines.get(end - 1), lines.get(end))
        && labelOnly(lines.get(end), size, labelLimit)
        && continuesLabel(lines.get(end), lines.subList(i, end), labelLimit)) {
      end++;
    }
    return end;
  }

  /**
   * How many of the lines are rows in their own right: anchors and lines split into columns
   * (labels wrapped onto lines of their own do not count), so that a line of prose ending in a
   * number, with the prose around it, is no table.
   */
  private static int rows(List<TextLine> lines, List<LineSegments> segs, int start, int end,
      float size, float labelLimit) {
    int rows = 0;
    for (int k = start; k < end; k++) {
      LineSegments s = segs.get(k);
      if (s.anchor() || s.columnar() && !labelOnly(lines.get(k), size, labelLimit)) {
        rows++;
      }
    }
    return rows;
  }

  /** Where the values of the anchors from i to end start: the least of their left edges. */
  private static float labelLimit(List<LineSegments> segs, int i, int end) {
    float limit = Float.MAX_VALUE;
    for (int k = i; k < end; k++) {
      if (segs.get(k).anchor()) {
        limit = Math.min(limit, segs.get(k).valueLeft());
      }
    }
    return limit;
  }

  /**
   * First line of the rows: the anchor at i, or, when it has no label of its own, the label
   * lines just above it that start its label (a label centred on its values, whose first lines a
   * page break left at the head of the page).
   */
  private static int bodyStart(List<TextLine> lines, List<LineSegments> segs, int i, int free,
      float labelLimit) {
    if (segs.get(i).firstValue() > 0) {
      return i;
    }
    float size = lines.get(i).size();
    int k = i;
    while (k > i - free && close(lines.get(k - 1), lines.get(k))
        && labelOnly(lines.get(k - 1), size, labelLimit)) {
      k--;
    }
    return k < i && Texts.startsWithMarker(lines.get(k).text()) ? k : i;
  }

  /** A line printed left of the values only, in the table's font size. */
  static boolean labelOnly(TextLine line, float size, float labelLimit) {
    return line.size() <= size + SAME_SIZE && line.right() <= labelLimit - 0.5f * size;
  }

  /**
   * A label line that ends the label above: no new label, right under the line above (no wider
   * gap than a line's) and within the width of the label text of the nearest line above that has
   * any. A note or a paragraph after the table is wider, or further away, or starts like a heading.
   */
  private static boolean continuesLabel(TextLine line, List<TextLine> above, float labelLimit) {
    TextLine previous = above.get(above.size() - 1);
    if (Texts.startsWithMarker(line.text())
        || line.top() - previous.top() > LINE_PITCH * Math.max(line.size(), previous.size())) {
      return false;
    }
    for (int k = above.size() - 1; k >= 0; k--) {
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (Glyph g : above.get(k).glyphs()) {
        if (g.right() <= labelLimit) {
          left = Math.min(left, g.x());
          right = Math.max(right, g.right());
        }
      }
      if (left <= right) {
        float slack = 0.5f * line.size();
        return line.left() >= left - slack && line.right() <= right + slack;
      }
    }
    return false;
  }

  /**
   * First line of the table's header above its rows (from {@code body}): the free lines (from
   * {@code floor}) just above them that are split into columns or printed within the value
   * columns, in the table's font size.
   */
  private static int headerStart(List<TextLine> lines, List<LineSegments> segs, int body,
      int floor, float[] xs) {
    float size = lines.get(body).size();
    int k = body;
    while (k > floor && close(lines.get(k - 1), lines.get(k))) {
      TextLine line = lines.get(k - 1);
      LineSegments s = segs.get(k - 1);
      boolean inValues = line.left() >= xs[1] - 0.5f * size
          && line.right() <= xs[xs.length - 1] + 2 * size;
      if (line.size() > size + SAME_SIZE || s.anchor() || !(s.columnar() || inValues)) {
        break;
      }
      k--;
    }
    return k;
  }

  private static boolean close(TextLine a, TextLine b) {
    return b.top() - a.top() <= ROW_GAP * Math.max(a.size(), b.size());
  }

  /**
   * Column intervals: one for the labels, where the anchors print any, then the value columns,
   * where the anchors print their values (overlapping ones joined).
   */
  static List<float[]> columns(List<LineSegments> segs) {
    float[] labels = {Float.MAX_VALUE, -Float.MAX_VALUE};
    List<float[]> spans = new ArrayList<>();
    for (LineSegments row : segs) {
      if (!row.anchor()) {
        continue;
      }
      List<Segment> parts = row.segments();
      for (int i = 0; i < parts.size(); i++) {
        Segment s = parts.get(i);
        if (i < row.firstValue()) {
          labels[0] = Math.min(labels[0], s.left());
          labels[1] = Math.max(labels[1], s.right());
        } else {
          spans.add(new float[] {s.left(), s.right()});
        }
      }
    }
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<float[]> out = new ArrayList<>();
    if (labels[0] <= labels[1]) {
      out.add(labels);
    }
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

  /** Column edges: the outer ones where the lines end, the inner ones between the columns. */
  static float[] edges(List<float[]> columns, List<TextLine> lines) {
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
}
