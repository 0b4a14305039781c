package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says why an OLE2 compound file (what sniffing calls a legacy {@code .doc}) cannot be read. It is
 * one of: a password-protected Office file (encrypted OOXML is stored in an OLE2 container, and a
 * legacy Word file can be encrypted in place), a legacy Word 97–2003 document, or some other OLE2
 * file such as a legacy Excel workbook.
 */
public final class OleProbe {

  /** Bit {@code fEncrypted} of the Word 97 file information block, in the flags at offset 10. */
  private static final int FIB_ENCRYPTED = 0x0100;

  private OleProbe() {}

  /**
   * The problem to report for an OLE2 file: {@code encrypted}, {@code legacy-doc},
   * {@code ole-not-word} or {@code corrupt}.
   */
  public static InputProblem problem(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo")
          || root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return InputProblem.unreadable("encrypted");
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return wordEncrypted(root) ? InputProblem.unreadable("encrypted")
            : InputProblem.unreadable("legacy-doc");
      }
      return InputProblem.unreadable("ole-not-word");
    } catch (IOException | RuntimeException e) {
      return DocxReader.corrupt(e);
    }
  }

  private static boolean wordEncrypted(DirectoryNode root) throws IOException {
    DocumentEntry entry = (DocumentEntry) root.getEntryCaseInsensitive("WordDocument");
    try (InputStream in = root.createDocumentInputStream(entry)) {
      byte[] head = in.readNBytes(12);
      if (head.length < 12) {
        return false;
      }
      int flags = (head[10] & 0xff) | (head[11] & 0xff) << 8;
      return (flags & FIB_ENCRYPTED) != 0;
    }
  }
}
