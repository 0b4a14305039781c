package dev.xxgk.internal.read.pdf;

import static dev.xxgk.internal.read.pdf.PdfCanvas.Cell.of;
import static dev.xxgk.internal.read.pdf.PdfCanvas.Cell.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.pdf.PdfCanvas.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Page and table layouts, with Latin text in a standard font (no font files needed). */
class PdfLayoutTest {

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final float[] WIDTHS = {120, 80, 80};
  private static final float[] HEIGHTS = {20, 20, 20};

  private static List<Cell> cells() {
    return List.of(span(0, 0, 1, 3, "Applications"), of(1, 0, "received"), of(1, 1, "10"),
        of(1, 2, "12"), of(2, 0, "granted"), of(2, 1, "7"), of(2, 2, ""));
  }

  private interface Drawing {
    void draw(PDDocument doc) throws IOException;
  }

  private static Document read(Drawing drawing) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      drawing.draw(doc);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return PdfInputProblemTest.read(bytes.toByteArray());
    }
  }

  private static void assertTable(Document doc) {
    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("Applications", "Applications", "Applications"),
        List.of("received", "10", "12"),
        List.of("granted", "7", ""));
  }

  @Test
  void bordersDrawnAsThinFilledRectangles() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT).filledBorders()) {
        page.table(70, 100, WIDTHS, HEIGHTS, cells(), 10);
      }
    });

    assertTable(doc);
  }

  @Test
  void linesHiddenByAClippingPathAreNotBorders() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(70, 100, WIDTHS, HEIGHTS, cells(), 10);
        var out = page.stream();
        out.saveGraphicsState();
        out.addRect(0, 0, 50, 50);
        out.clip();
        out.moveTo(190, page.height() - 100);
        out.lineTo(190, page.height() - 120);
        out.stroke();
        out.restoreGraphicsState();
      }
    });

    assertTable(doc);
  }

  @Test
  void aNumberWrappedInANarrowCellIsOneNumberStackedNumbersAreNot() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(70, 100, new float[] {80, 24, 60}, new float[] {40}, List.of(
            of(0, 0, "penalty"), of(0, 1, "3985758"), PdfCanvas.Cell.vertical(0, 2, 1, 1, "18")),
            10);
      }
    });

    assertThat(PdfReaderTest.texts(doc.tables().get(0).rows().get(0)))
        .containsExactly("penalty", "3985758", "1 8");
  }

  @Test
  void headersTurnedOnTheirSideReadInTheirOwnDirection() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(70, 100, new float[] {40, 40, 40}, new float[] {90, 20}, List.of(
            of(0, 0, ""), of(0, 1, ""), of(0, 2, "plain"), of(1, 0, "1"), of(1, 1, "2"),
            of(1, 2, "3")), 10);
        var out = page.stream();
        turned(out, Math.PI / 2, 95, page.height() - 180, "Upheld cases");
        turned(out, -Math.PI / 2, 135, page.height() - 110, "Pending");
      }
    });

    assertThat(PdfReaderTest.texts(doc.tables().get(0).rows().get(0)))
        .containsExactly("Upheld cases", "Pending", "plain");
  }

  @Test
  void aNoteTurnedOnItsSideInTheMarginIsOneParagraph() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.text(70, 100, 12, "Body");
        turned(page.stream(), Math.PI / 2, 30, 300, "Printed by the office");
      }
    });

    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("Body", "Printed by the office");
  }

  private static void turned(org.apache.pdfbox.pdmodel.PDPageContentStream out, double angle,
      float x, float y, String text) throws IOException {
    out.beginText();
    out.setFont(FONT, 9);
    out.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(angle, x, y));
    out.showText(text);
    out.endText();
  }

  @Test
  void aBorderAroundThePageIsNotATable() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(40, 40, new float[] {515}, new float[] {40, 720}, List.of(of(0, 0, ""),
            of(1, 0, "")), 10);
        for (int i = 0; i < 12; i++) {
          page.text(70, 120 + 20 * i, 12, "Line " + (i + 1) + " of the report text.");
        }
      }
    });

    assertThat(doc.tables()).isEmpty();
    assertThat(PdfReaderTest.paragraphs(doc)).hasSize(12).first()
        .isEqualTo("Line 1 of the report text.");
  }

  @Test
  void rotatedLandscapePage() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT, true)) {
        page.text(70, 60, 12, "Table 3");
        page.table(70, 100, WIDTHS, HEIGHTS, cells(), 10);
        page.text(70, 200, 12, "After the table");
      }
    });

    assertTable(doc);
    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("Table 3", "After the table");
  }

  @Test
  void tablesWithDifferentColumnsOnConsecutivePagesStaySeparate() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(70, 700, WIDTHS, HEIGHTS, cells(), 10);
      }
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.table(70, 80, new float[] {100, 100}, new float[] {20, 20},
            List.of(of(0, 0, "a"), of(0, 1, "b"), of(1, 0, "c"), of(1, 1, "d")), 10);
      }
    });

    assertThat(doc.tables()).hasSize(2);
  }

  @Test
  void aTitleCentredOverTwoLinesInALargerFontIsOneParagraph() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.centred(0, 595, 100, 20, "City Government");
        page.centred(0, 595, 126, 20, "2024 Annual Report");
        page.text(70, 170, 12, "Body text starts here and runs on.");
        page.text(70, 186, 12, "More body text.");
      }
    });

    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly(
        "City Government 2024 Annual Report", "Body text starts here and runs on.",
        "More body text.");
  }

  @Test
  void latinWordsKeepTheirSpaces() throws Exception {
    Document doc = read(d -> {
      try (PdfCanvas page = new PdfCanvas(d, FONT)) {
        page.text(70, 100, 12, "Open Government Information Annual Report 2024");
      }
    });

    assertThat(PdfReaderTest.paragraphs(doc))
        .containsExactly("Open Government Information Annual Report 2024");
  }
}
