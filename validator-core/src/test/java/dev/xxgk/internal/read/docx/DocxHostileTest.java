package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.RawDocx.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.SourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must become an input problem with a clear reason, never another exception. */
class DocxHostileTest {

  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String OPEN = "<w:document " + RawDocx.NAMESPACES + "><w:body>";
  private static final String CLOSE = "</w:body></w:document>";
  private static final long MIB = 1024 * 1024;

  @Test
  void refusesAZipBombWhoseDocumentInflatesBeyondTheEntryLimit() throws IOException {
    byte[] bomb = docxWithDocument(128 * MIB, ZipEntry.DEFLATED);

    assertThat(bomb.length).isLessThan(512 * 1024);
    assertReason(bomb, "zip-bomb");
  }

  @Test
  void refusesAnEntryThatInflatesFarMoreThanAnyRealDocumentEvenBelowTheSizeLimit()
      throws IOException {
    assertReason(docxWithDocument(4 * MIB, ZipEntry.DEFLATED), "zip-bomb");
  }

  @Test
  void refusesAPartLargerThanTheLimitThatIsNotCompressedSuspiciously() throws IOException {
    DocxLimits small = new DocxLimits(MIB, 4 * MIB, 100, 100, MIB, 256, 1000, 10_000, 10_000);
    byte[] stored = docxWithDocument(2 * MIB, ZipEntry.STORED);

    assertThatThrownBy(() -> new DocxReader(small).read(source(stored)))
        .isInstanceOfSatisfying(InputProblem.class,
            e -> assertThat(e.reason()).isEqualTo("too-large"));
  }

  @Test
  void refusesXmlNestedDeeperThanAnyWordDocument() {
    String deep = "<w:sdt><w:sdtContent>".repeat(300) + p("x")
        + "</w:sdtContent></w:sdt>".repeat(300);

    assertReason(RawDocx.body(deep).bytes(), "too-large");
  }

  @Test
  void readsManySectionBreaksAndDeletedParagraphMarksInLinearTime() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      body.append("<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>节").append(i).append("</w:t></w:r></w:p>");
    }
    for (int i = 0; i < 60_000; i++) {
      body.append("<w:p><w:pPr><w:rPr><w:del w:id=\"").append(i).append("\" w:author=\"a\"/>")
          .append("</w:rPr></w:pPr><w:r><w:t>").append(i).append("</w:t></w:r></w:p>");
    }

    var doc = PoiDocs.read(RawDocx.body(body + p("尾")).bytes());

    assertThat(doc.blocks()).hasSize(60_001);
    assertThat(doc.blocks().get(59_999).pos().page()).isEqualTo(60_000);
  }

  @Test
  void refusesExternalEntitiesWithoutFetchingThem(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xml = PROLOG + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + OPEN + p("&xxe;") + CLOSE;

    assertReason(RawDocx.document(xml).bytes(), "xml-doctype");
  }

  @Test
  void refusesEntityExpansion() {
    String xml = PROLOG + "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + OPEN + p("&c;") + CLOSE;

    assertReason(RawDocx.document(xml).bytes(), "xml-doctype");
  }

  @Test
  void refusesADoctypeInPackagePartsBeforePoiParsesThem() {
    byte[] docx = RawDocx.body(p("x")).entry("customXml/item1.xml",
        (PROLOG + "<!DOCTYPE r SYSTEM \"http://example.invalid/x.dtd\"><r/>")
            .getBytes(StandardCharsets.UTF_8)).bytes();

    assertReason(docx, "xml-doctype");
  }

  @Test
  void theParserItselfRejectsADoctypeAsASecondLine() throws Exception {
    byte[] xml = (PROLOG + "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>")
        .getBytes(StandardCharsets.UTF_8);
    Cursor c = new Cursor(xml, 10);

    assertThatThrownBy(c::root).isInstanceOfSatisfying(InputProblem.class,
        e -> assertThat(e.reason()).isEqualTo("xml-doctype"));
  }

  @Test
  void reportsATruncatedDocxAsCorrupt() {
    byte[] docx = RawDocx.body(p("一、总体情况".repeat(200))).bytes();
    int document = indexOf(docx, "word/document.xml");
    byte[] truncated = Arrays.copyOf(docx, document + 60);

    assertThat(Source.of("r.docx", truncated).type()).isEqualTo(SourceType.DOCX);
    assertReason(truncated, "corrupt");
  }

  @Test
  void reportsADocxWithoutPackageStructureAsCorrupt() throws IOException {
    byte[] zip = zip("word/document.xml", (PROLOG + OPEN + p("x") + CLOSE).getBytes(
        StandardCharsets.UTF_8), ZipEntry.DEFLATED);

    assertReason(zip, "corrupt");
  }

  @Test
  void reportsMalformedXmlAsCorrupt() {
    assertReason(RawDocx.document(PROLOG + OPEN + "<w:p><w:r><w:t>未闭合</w:r>" + CLOSE).bytes(),
        "corrupt");
  }

  @Test
  void reportsABadChecksumAsCorrupt() {
    byte[] docx = RawDocx.body(p("x")).bytes();
    int document = indexOf(docx, "word/document.xml");
    docx[document + "word/document.xml".length() + 5] ^= 0x55;

    assertReason(docx, "corrupt");
  }

  @Test
  void leavesAZipWithoutWordPartsAndTextNamedDocxToSniffing() throws Exception {
    byte[] zip = zip("data/report.txt", "一、总体情况".getBytes(StandardCharsets.UTF_8),
        ZipEntry.DEFLATED);
    assertReason(zip, "zip-not-docx");

    var text = PoiDocs.read("一、总体情况\n本机关……".getBytes(StandardCharsets.UTF_8));
    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(((Paragraph) text.blocks().get(0)).text()).isEqualTo("一、总体情况");
  }

  @Test
  void setsPoiZipLimitsExplicitlyButNeverLoosensStricterOnes() {
    DocxPackage.tightenPoiLimits(DocxLimits.DEFAULTS);
    assertThat(ZipSecureFile.getMaxEntrySize()).isLessThanOrEqualTo(96 * MIB);
    assertThat(ZipSecureFile.getMinInflateRatio()).isGreaterThanOrEqualTo(0.01);
    long before = ZipSecureFile.getMaxEntrySize();
    try {
      ZipSecureFile.setMaxEntrySize(MIB);
      DocxPackage.tightenPoiLimits(DocxLimits.DEFAULTS);
      assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(MIB);
    } finally {
      ZipSecureFile.setMaxEntrySize(before);
    }
  }

  private static void assertReason(byte[] bytes, String reason) {
    assertThatThrownBy(() -> PoiDocs.read(bytes)).isInstanceOfSatisfying(InputProblem.class, e -> {
      assertThat(e.rule()).isEqualTo("input.unreadable");
      assertThat(e.reason()).isEqualTo(reason);
      if (reason.equals("too-large") || reason.equals("corrupt")) {
        assertThat(e.reasonArgs()).as("detail for the message's {0}").singleElement()
            .asString().isNotBlank();
      }
    });
  }

  private static Source source(byte[] bytes) {
    return Source.of("r.docx", bytes);
  }

  /** A DOCX whose document part is valid XML padded with {@code padding} bytes of blanks. */
  private static byte[] docxWithDocument(long padding, int method) throws IOException {
    RawDocx base = RawDocx.body(p("x"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = (PROLOG + OPEN).getBytes(StandardCharsets.UTF_8);
    byte[] tail = (p("正文") + CLOSE).getBytes(StandardCharsets.UTF_8);
    byte[] blanks = new byte[(int) MIB];
    Arrays.fill(blanks, (byte) ' ');
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      copyEntries(base.bytes(), zip);
      ZipEntry entry = new ZipEntry("word/document.xml");
      if (method == ZipEntry.STORED) {
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < padding / MIB; i++) {
          crc.update(blanks);
        }
        crc.update(tail);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(head.length + padding + tail.length);
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      zip.write(head);
      for (long i = 0; i < padding / MIB; i++) {
        zip.write(blanks);
      }
      zip.write(tail);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Copies every entry but the document part, which the caller writes. */
  private static void copyEntries(byte[] docx, ZipOutputStream zip) throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.getName().equals("word/document.xml")) {
          zip.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
  }

  private static byte[] zip(String name, byte[] content, int method) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry(name);
      entry.setMethod(method);
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(ascii + " not found");
  }
}
