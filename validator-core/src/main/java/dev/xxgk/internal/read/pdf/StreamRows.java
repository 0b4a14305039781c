package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the rows of a table without ruling lines from its lines ({@link StreamTables}).
 *
 * <ul>
 *   <li>A header of several lines is read by columns, as its cells are printed: a text within one
 *       column joins the text above it in that column (自/然/人 on three lines is 自然人); a text
 *       wider than its column is a header merged over columns and gets a row of its own, above.
 *   <li>Below it, each anchor (a line ending in values) is a row; other lines split into columns
 *       are rows as they stand.
 *   <li>Label text left of the values is read as labels, not lines: text that starts a new label
 *       ({@code 2.}, {@code （三）}) starts one, the text under it continues it. A label goes to
 *       the row whose values follow it on a line, else to the row whose values are printed
 *       nearest to its middle; so a label wrapped over several lines and centred on its values,
 *       or printed from the top of its row, reads whole. A group label merged over several rows
 *       lands on one of them, before that row's own label.
 * </ul>
 */
final class StreamRows {

  private final PageContent page;
  private final List<float[]> columns;
  private final float[] xs;
  private final List<TableCell> cells = new ArrayList<>();
  private final List<int[]> owner = new ArrayList<>();

  private StreamRows(PageContent page, List<float[]> columns, float[] xs) {
    this.page = page;
    this.columns = columns;
    this.xs = xs;
  }

  /**
   * The table of the lines.
   *
   * @param header how many of the lines, from the top, are the header
   * @param columns the column intervals
   */
  static Table build(PageContent page, List<TextLine> lines, List<LineSegments> segs, int header,
      List<float[]> columns) {
    StreamRows rows = new StreamRows(page, columns, StreamTables.edges(columns, lines));
    if (header == 1) {
      rows.row(segs.get(0).segments(), lines.get(0));
    } else if (header > 1) {
      rows.header(lines.subList(0, header), segs.subList(0, header));
    }
    rows.body(lines.subList(header, lines.size()), segs.subList(header, segs.size()));
    return new Table(false, page.page(), lines.get(0).top(), rows.xs, rows.cells,
        rows.owner.toArray(new int[0][]));
  }

  /** Rows for the header merged over columns, then one row of the header cells by column. */
  private void header(List<TextLine> lines, List<LineSegments> segs) {
    float size = lines.get(0).size();
    List<List<Segment>> byColumn = new ArrayList<>();
    columns.forEach(c -> byColumn.add(new ArrayList<>()));
    for (int l = 0; l < lines.size(); l++) {
      List<Segment> merged = new ArrayList<>();
      for (Segment s : segs.get(l).segments()) {
        int[] r = range(s);
        float slack = 0.5f * size;
        if (r[1] > r[0] || s.left() < xs[r[0]] - slack || s.right() > xs[r[0] + 1] + slack) {
          merged.add(s);
        } else {
          byColumn.get(r[0]).add(s);
        }
      }
      if (!merged.isEmpty()) {
        mergedRow(merged, lines.get(l), size);
      }
    }
    String[] texts = new String[columns.size()];
    for (int c = 0; c < texts.length; c++) {
      String text = "";
      for (Segment s : byColumn.get(c)) {
        text = Texts.concat(text, s.text());
      }
      texts[c] = text;
    }
    add(texts, new int[texts.length], page.lineOf(lines.get(0)));
  }

  /** A row of header cells each merged over the columns its text reaches into. */
  private void mergedRow(List<Segment> merged, TextLine line, float size) {
    String[] texts = new String[columns.size()];
    int[] spanEnd = new int[columns.size()];
    for (Segment s : merged) {
      int first = -1;
      int last = -1;
      for (int c = 0; c < columns.size(); c++) {
        if (Math.min(s.right(), xs[c + 1]) - Math.max(s.left(), xs[c]) > 0.5f * size) {
          first = first < 0 ? c : first;
          last = c;
        }
      }
      if (first < 0) {
        first = range(s)[0];
        last = first;
      }
      texts[first] = texts[first] == null ? s.text() : texts[first] + " " + s.text();
      spanEnd[first] = Math.max(spanEnd[first], last);
    }
    add(texts, spanEnd, page.lineOf(line));
  }

  /** Anchors and lines split into columns as rows; label text as labels of the anchors. */
  private void body(List<TextLine> lines, List<LineSegments> segs) {
    float size = lines.get(0).size();
    float labelLimit = Float.MAX_VALUE;
    for (LineSegments s : segs) {
      if (s.anchor()) {
        labelLimit = Math.min(labelLimit, s.valueLeft());
      }
    }
    List<Label> labels = new ArrayList<>();
    List<TextLine> anchors = new ArrayList<>();
    List<Integer> anchorRows = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      TextLine line = lines.get(l);
      LineSegments s = segs.get(l);
      if (s.anchor()) {
        List<Segment> parts = s.segments();
        int values = s.firstValue();
        for (int p = 0; p < values; p++) {
          label(labels, parts.get(p), line.top(), p == values - 1 ? anchors.size() : -1);
        }
        anchors.add(line);
        anchorRows.add(owner.size());
        row(parts.subList(values, parts.size()), line);
      } else if (StreamTables.labelOnly(line, size, labelLimit)) {
        s.segments().forEach(p -> label(labels, p, line.top(), -1));
      } else {
        row(s.segments(), line);
      }
    }
    List<List<Label>> byAnchor = new ArrayList<>();
    anchors.forEach(a -> byAnchor.add(new ArrayList<>()));
    for (Label label : labels) {
      int best = label.anchor;
      for (int a = 0; best < 0 && a < anchors.size(); a++) {
        if (a == anchors.size() - 1 || Math.abs(anchors.get(a + 1).top() - label.middle())
            >= Math.abs(anchors.get(a).top() - label.middle())) {
          best = a;
        }
      }
      byAnchor.get(best).add(label);
    }
    for (int a = 0; a < anchors.size(); a++) {
      List<Label> own = byAnchor.get(a);
      own.sort(Comparator.comparingDouble((Label x) -> x.left).thenComparingDouble(x -> x.top));
      String text = "";
      for (Label label : own) {
        text = Texts.concat(text, label.text);
      }
      setLabel(anchorRows.get(a), text);
    }
  }

  /**
   * Label text printed over one or more lines; {@code anchor} is the row whose own label it is
   * (printed last before that row's values), or -1 while unknown.
   */
  private static final class Label {
    String text;
    float left;
    float right;
    final float top;
    float bottom;
    int anchor;

    Label(Segment s, float top, int anchor) {
      this.text = s.text();
      this.left = s.left();
      this.right = s.right();
      this.top = top;
      this.bottom = top;
      this.anchor = anchor;
    }

    float middle() {
      return (top + bottom) / 2;
    }
  }

  /**
   * Starts a label, or continues the label whose last line is nearest above and over the text; a
   * row's own label never continues another row's.
   */
  private static void label(List<Label> labels, Segment s, float top, int anchor) {
    Label above = null;
    if (!Texts.startsWithMarker(s.text())) {
      for (Label l : labels) {
        boolean over = s.left() <= l.right && s.right() >= l.left && l.bottom < top;
        if (over && (above == null || l.bottom > above.bottom)) {
          above = l;
        }
      }
    }
    if (above == null || anchor >= 0 && above.anchor >= 0) {
      labels.add(new Label(s, top, anchor));
      return;
    }
    above.text = Texts.concat(above.text, s.text());
    above.left = Math.min(above.left, s.left());
    above.right = Math.max(above.right, s.right());
    above.bottom = top;
    above.anchor = Math.max(above.anchor, anchor);
  }

  /** Puts the segments of a line into the columns they cover. */
  private void row(List<Segment> segments, TextLine line) {
    String[] texts = new String[columns.size()];
    int[] spanEnd = new int[columns.size()];
    for (Segment s : segments) {
      int[] r = range(s);
      int c = r[0];
      texts[c] = texts[c] == null ? s.text() : texts[c] + " " + s.text();
      spanEnd[c] = Math.max(spanEnd[c], r[1]);
    }
    add(texts, spanEnd, page.lineOf(line));
  }

  /** Sets the label of a row: its first cell's text, before any value printed there. */
  private void setLabel(int row, String label) {
    if (label.isEmpty()) {
      return;
    }
    int id = owner.get(row)[0];
    TableCell cell = cells.get(id);
    String text = cell.text().isEmpty() ? label : label + " " + cell.text();
    cells.set(id, new TableCell(text, cell.page(), cell.line()));
  }

  /** Adds a row: each text's cell spans up to its span end, unless the next column has text. */
  private void add(@Nullable String[] texts, int[] spanEnd, @Nullable Integer line) {
    int[] row = new int[columns.size()];
    int c = 0;
    while (c < columns.size()) {
      int end = Math.max(c, spanEnd[c]);
      for (int k = c + 1; k <= end && k < columns.size(); k++) {
        if (texts[k] != null) {
          end = k - 1;
        }
      }
      cells.add(new TableCell(texts[c] == null ? "" : texts[c], page.page(), line));
      for (int k = c; k <= end; k++) {
        row[k] = cells.size() - 1;
      }
      c = end + 1;
    }
    owner.add(row);
  }

  /** First and last column a segment covers: those whose middle it spans, else where it sits. */
  private int[] range(Segment s) {
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
