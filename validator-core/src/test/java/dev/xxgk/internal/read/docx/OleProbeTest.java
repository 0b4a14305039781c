package dev.xxgk.internal.read.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.SourceType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** OLE2 files, which sniffing calls legacy .doc: each gets the reason that fits it. */
class OleProbeTest {

  @Test
  void reportsAPasswordProtectedDocxAsEncrypted() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    PoiDocs.paragraph(doc, "一、总体情况");
    byte[] encrypted = encrypt(PoiDocs.bytes(doc));

    assertThat(Source.of("r.docx", encrypted).type()).isEqualTo(SourceType.DOC);
    assertReason(encrypted, "encrypted");
  }

  @Test
  void reportsALegacyWordDocumentAsLegacyDoc() throws IOException {
    assertReason(ole("WordDocument", fib(0)), "legacy-doc");
  }

  @Test
  void reportsAnEncryptedLegacyWordDocumentAsEncrypted() throws IOException {
    assertReason(ole("WordDocument", fib(0x0100)), "encrypted");
  }

  @Test
  void reportsOtherOleFilesAsNotWord() throws IOException {
    assertReason(ole("Workbook", new byte[64]), "ole-not-word");
  }

  @Test
  void reportsABrokenOleFileAsCorrupt() {
    byte[] broken = new byte[600];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, broken, 0, magic.length);

    assertReason(broken, "corrupt");
  }

  private static void assertReason(byte[] bytes, String reason) {
    assertThatThrownBy(() -> PoiDocs.read(bytes)).isInstanceOfSatisfying(InputProblem.class, e -> {
      assertThat(e.rule()).isEqualTo("input.unreadable");
      assertThat(e.reason()).isEqualTo(reason);
    });
  }

  private static byte[] encrypt(byte[] docx) throws IOException, GeneralSecurityException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx);
      }
      return write(fs);
    }
  }

  /** The head of a Word 97 file information block: wIdent, version, then the flags word. */
  private static byte[] fib(int flags) {
    byte[] fib = new byte[512];
    fib[0] = (byte) 0xEC;
    fib[1] = (byte) 0xA5;
    fib[2] = (byte) 0xC1;
    fib[10] = (byte) flags;
    fib[11] = (byte) (flags >> 8);
    return fib;
  }

  private static byte[] ole(String stream, byte[] content) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(content), stream);
      return write(fs);
    }
  }

  private static byte[] write(POIFSFileSystem fs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    return out.toByteArray();
  }
}
