package dev.xxgk.internal.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws test PDFs in top-down coordinates (y from the top of an A4 page): text, and ruled tables
 * given as cells with row and column spans, each merged cell bordered as one rectangle so that
 * no border is drawn inside it.
 */
final class PdfCanvas implements AutoCloseable {

  /** A table cell: its grid position and spans, its text, and whether to print it vertically. */
  record Cell(int row, int col, int rowspan, int colspan, String text, boolean vertical) {
    static Cell of(int row, int col, String text) {
      return new Cell(row, col, 1, 1, text, false);
    }

    static Cell span(int row, int col, int rowspan, int colspan, String text) {
      return new Cell(row, col, rowspan, colspan, text, false);
    }

    static Cell vertical(int row, int col, int rowspan, int colspan, String text) {
      return new Cell(row, col, rowspan, colspan, text, true);
    }
  }

  private final PDDocument doc;
  private final PDFont font;
  private final PDPageContentStream out;
  private final float height;
  private boolean filledBorders;

  PdfCanvas(PDDocument doc, PDFont font) throws IOException {
    this(doc, font, false);
  }

  /**
   * A new A4 page; a landscape page is a portrait page with {@code /Rotate 90} and its content
   * turned so that it shows upright, as some producers make them.
   */
  PdfCanvas(PDDocument doc, PDFont font, boolean landscape) throws IOException {
    this.doc = doc;
    this.font = font;
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    this.out = new PDPageContentStream(doc, page);
    if (landscape) {
      page.setRotation(90);
      out.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
      height = PDRectangle.A4.getWidth();
    } else {
      height = PDRectangle.A4.getHeight();
    }
  }

  /** Draw table borders as thin filled rectangles instead of stroked lines. */
  PdfCanvas filledBorders() {
    filledBorders = true;
    return this;
  }

  void text(float x, float y, float size, String s) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, height - y);
    out.showText(s);
    out.endText();
  }

  float width(String s, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  void centred(float x0, float x1, float y, float size, String s) throws IOException {
    text((x0 + x1 - width(s, size)) / 2, y, size, s);
  }

  /**
   * Draws a ruled table at (x, y) and returns its bottom y.
   *
   * @param widths column widths
   * @param heights row heights
   */
  float table(float x, float y, float[] widths, float[] heights, List<Cell> cells, float size)
      throws IOException {
    float[] xs = edges(x, widths);
    float[] ys = edges(y, heights);
    out.setLineWidth(0.5f);
    for (Cell c : cells) {
      float x0 = xs[c.col()];
      float x1 = xs[c.col() + c.colspan()];
      float y0 = ys[c.row()];
      float y1 = ys[c.row() + c.rowspan()];
      border(x0, x1, y0, y1);
      cellText(c, x0, x1, y0, y1, size);
    }
    return ys[ys.length - 1];
  }

  private void border(float x0, float x1, float y0, float y1) throws IOException {
    if (!filledBorders) {
      out.addRect(x0, height - y1, x1 - x0, y1 - y0);
      out.stroke();
      return;
    }
    float t = 0.5f;
    out.addRect(x0, height - y0 - t / 2, x1 - x0, t);
    out.addRect(x0, height - y1 - t / 2, x1 - x0, t);
    out.addRect(x0 - t / 2, height - y1, t, y1 - y0);
    out.addRect(x1 - t / 2, height - y1, t, y1 - y0);
    out.fill();
  }

  private void cellText(Cell c, float x0, float x1, float y0, float y1, float size)
      throws IOException {
    List<String> lines = c.vertical() ? chars(c.text()) : wrap(c.text(), x1 - x0 - 4, size);
    float lead = size * 1.3f;
    float first = (y0 + y1) / 2 - lead * (lines.size() - 1) / 2 + size * 0.35f;
    for (int i = 0; i < lines.size(); i++) {
      centred(x0, x1, first + i * lead, size, lines.get(i));
    }
  }

  private static List<String> chars(String s) {
    List<String> out = new ArrayList<>();
    s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
    return out;
  }

  private List<String> wrap(String s, float width, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String ch : chars(s)) {
      if (line.length() > 0 && width(line + ch, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float[] edges(float start, float[] sizes) {
    float[] e = new float[sizes.length + 1];
    e[0] = start;
    for (int i = 0; i < sizes.length; i++) {
      e[i + 1] = e[i] + sizes[i];
    }
    return e;
  }

  PDDocument document() {
    return doc;
  }

  /** The page's content stream, in PDF coordinates (y upwards), for drawing oddities. */
  PDPageContentStream stream() {
    return out;
  }

  float height() {
    return height;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
