package dev.xxgk.internal.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.SourceType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Bad and unusual input, with PDFs made here (Latin text in a standard font: no font files). */
class PdfInputProblemTest {

  private static final PDType1Font HELVETICA =
      new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** A PDF with one page per text; each page gets the text and a page number at the bottom. */
  static byte[] pdf(String... pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages.length; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          text(out, 72, 760, pages[i]);
          text(out, 290, 40, "-" + (i + 1) + "-");
        }
      }
      return save(doc);
    }
  }

  private static void text(PDPageContentStream out, float x, float y, String s) throws IOException {
    out.beginText();
    out.setFont(HELVETICA, 12);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    return bytes.toByteArray();
  }

  private static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        text(out, 72, 760, "Annual report");
      }
      AccessPermission none = new AccessPermission();
      none.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, none);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  static Document read(byte[] bytes) throws InputProblem {
    Source source = Source.of("test.pdf", bytes);
    assertThat(source.type()).isEqualTo(SourceType.PDF);
    return Readers.read(source);
  }

  static InputProblem problem(byte[] bytes) {
    return catchThrowableOfType(InputProblem.class, () -> read(bytes));
  }

  @Test
  void pageNumbersAreDroppedAndTextKept() throws Exception {
    Document doc = read(pdf("First page", "Second page"));

    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("First page", "Second page");
    assertThat(doc.blocks().get(1).pos().page()).isEqualTo(2);
  }

  @Test
  void encryptedWithEmptyUserPasswordIsRead() throws Exception {
    Document doc = read(encrypted(""));

    assertThat(PdfReaderTest.paragraphs(doc)).containsExactly("Annual report");
  }

  @Test
  void encryptedWithPasswordIsUnreadable() throws Exception {
    InputProblem p = problem(encrypted("secret"));

    assertThat(p.rule()).isEqualTo("input.unreadable");
    assertThat(p.reason()).isEqualTo("encrypted");
  }

  @Test
  void truncatedFileIsCorrupt() throws Exception {
    byte[] whole = pdf("First page", "Second page");

    InputProblem p = problem(Arrays.copyOf(whole, whole.length * 2 / 3));

    assertThat(p.rule()).isEqualTo("input.unreadable");
    assertThat(p.reason()).isEqualTo("corrupt");
    assertThat(p.reasonArgs()).singleElement().asString().contains("truncated");
  }

  @Test
  void garbageAfterThePdfHeaderIsCorrupt() {
    byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref garbage\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    InputProblem p = problem(bytes);

    assertThat(p.rule()).isEqualTo("input.unreadable");
    assertThat(p.reason()).isEqualTo("corrupt");
  }

  @Test
  void brokenObjectsInsideAPdfAreCorruptNotAnException() throws Exception {
    byte[] bytes = pdf("Some text");
    String s = new String(bytes, StandardCharsets.ISO_8859_1).replace("/Pages", "/Pagez");

    InputProblem p = problem(s.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(p.reason()).isEqualTo("corrupt");
  }

  @Test
  void imageOnlyPdfHasNoText() throws Exception {
    byte[] bytes;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      scan.getGraphics().fillRect(10, 10, 40, 5);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(image, 0, 0, 595, 842);
      }
      bytes = save(doc);
    }

    InputProblem p = problem(bytes);

    assertThat(p.rule()).isEqualTo("input.no-text");
    assertThat(p.reason()).isEqualTo("scanned");
  }

  @Test
  void tooManyPagesIsTooLarge() throws Exception {
    String[] pages = new String[PdfReader.MAX_PAGES + 1];
    Arrays.fill(pages, "x");

    InputProblem p = problem(pdf(pages));

    assertThat(p.reason()).isEqualTo("too-large");
  }

  @Test
  void tooManyBytesIsTooLargeWithoutParsing() {
    byte[] bytes = new byte[PdfReader.MAX_BYTES + 1];

    InputProblem p = catchThrowableOfType(InputProblem.class,
        () -> new PdfReader().read(new Source("big.pdf", bytes, SourceType.PDF)));

    assertThat(p.reason()).isEqualTo("too-large");
  }
}
