package dev.xxgk.internal.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Tables printed without ruling lines as word processors lay them out (LibreOffice's PDFs of the
 * generator's unruled reports): labels wrapped over several lines and centred on their values,
 * group labels merged over rows, headers wrapped over several lines, tables cut by a page break.
 * Latin text in a standard font, at 10 pt on a 12 pt pitch.
 */
class PdfUnruledTableTest {

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final float SIZE = 10;

  private interface Lines {
    void draw(PdfCanvas page) throws IOException;
  }

  private static Document read(Lines... pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (Lines lines : pages) {
        try (PdfCanvas page = new PdfCanvas(doc, FONT)) {
          lines.draw(page);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return PdfInputProblemTest.read(bytes.toByteArray());
    }
  }

  /** A row: label text at x (or none), values at 300 and 350. */
  private static void row(PdfCanvas page, float y, float x, String label, String... values)
      throws IOException {
    if (!label.isEmpty()) {
      page.text(x, y, SIZE, label);
    }
    for (int i = 0; i < values.length; i++) {
      page.text(300 + 50 * i, y, SIZE, values[i]);
    }
  }

  @Test
  void labelsWrappedAndCentredOnTheirValuesReadWholeInTheirRows() throws Exception {
    Document doc = read(page -> {
      page.text(70, 80, 12, "3. Applications");
      row(page, 100, 290, "", "Persons", "Total");
      row(page, 112, 70, "1. Received", "5", "5");
      row(page, 124, 70, "2. Granted in");
      row(page, 130, 0, "", "3", "3");
      row(page, 136, 80, "full");
      row(page, 148, 80, "(3)");
      row(page, 148, 150, "1. Secret", "1", "1");
      row(page, 160, 70, "Withheld");
      row(page, 160, 150, "2. Third");
      row(page, 172, 155, "party", "2", "2");
      row(page, 184, 155, "rights");
      row(page, 196, 70, "4. Carried forward", "0", "0");
      page.text(70, 212, SIZE, "5. Problems and improvements");
      page.text(70, 226, SIZE, "Note: all figures are counted as at the end of the year.");
    });

    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("", "Persons", "Total"),
        List.of("1. Received", "5", "5"),
        List.of("2. Granted in full", "3", "3"),
        List.of("(3)Withheld 1. Secret", "1", "1"),
        List.of("2. Third party rights", "2", "2"),
        List.of("4. Carried forward", "0", "0"));
    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("3. Applications",
        "5. Problems and improvements",
        "Note: all figures are counted as at the end of the year.");
  }

  @Test
  void aHeaderWrappedOverSeveralLinesIsReadByColumnsUnderItsMergedHeader() throws Exception {
    Document doc = read(page -> {
      page.text(70, 80, 12, "3. Applications");
      page.text(320, 100, SIZE, "Applicants");
      page.text(290, 112, SIZE, "Natural");
      page.text(340, 112, SIZE, "Legal");
      page.text(395, 118, SIZE, "Total");
      page.text(290, 124, SIZE, "persons");
      page.text(340, 124, SIZE, "persons");
      row(page, 136, 70, "Received", "5", "2", "7");
      row(page, 148, 70, "Granted", "4", "1", "5");
    });

    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("", "Applicants", "Applicants", ""),
        List.of("", "Natural persons", "Legal persons", "Total"),
        List.of("Received", "5", "2", "7"),
        List.of("Granted", "4", "1", "5"));
    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("3. Applications");
  }

  @Test
  void aLineOfProseThatEndsInAStrayNumberIsNoTable() throws Exception {
    Document doc = read(page -> {
      page.text(70, 100, SIZE, "The figures cover the statistics period from");
      page.text(500, 100, SIZE, "1");
      page.text(70, 112, SIZE, "January to 31 December 2024.");
      page.text(70, 124, SIZE, "Questions go to the office of the government.");
    });

    assertThat(doc.tables()).isEmpty();
  }

  @Test
  void aTableCutByAPageBreakInsideACentredLabelIsJoinedAndKeepsItsRowsOfNumbers()
      throws Exception {
    Document doc = read(page -> {
      row(page, 700, 290, "", "Persons", "Total");
      row(page, 712, 70, "1. Received in the year", "5", "5");
      row(page, 724, 70, "2. Granted in");
      row(page, 730, 0, "", "4", "4");
      row(page, 736, 80, "full");
    }, page -> {
      row(page, 80, 70, "3. Withheld for");
      row(page, 86, 0, "", "0", "0");
      row(page, 92, 80, "secrecy");
      row(page, 104, 70, "4. Carried forward", "1", "1");
    });

    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("", "Persons", "Total"),
        List.of("1. Received in the year", "5", "5"),
        List.of("2. Granted in full", "4", "4"),
        List.of("3. Withheld for secrecy", "0", "0"),
        List.of("4. Carried forward", "1", "1"));
  }
}
