package dev.xxgk.internal.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decides a file's type from its bytes. The name is used only to break ties for plain text. */
public final class Sniffer {

  private static final int HEAD = 4096;

  private Sniffer() {}

  public static SourceType sniff(byte[] bytes, String name) {
    if (bytes.length == 0 || isAllWhitespace(bytes)) {
      return SourceType.EMPTY;
    }
    if (startsWith(bytes, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) {
      return SourceType.PDF;
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return zipType(bytes);
    }
    if ((bytes[0] & 0xff) == 0xD0 && bytes.length > 8 && (bytes[1] & 0xff) == 0xCF
        && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
      return SourceType.DOC;
    }
    if (looksBinary(bytes)) {
      return SourceType.BINARY;
    }
    String head = asciiHead(bytes);
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("{")) {
      return SourceType.JSON;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
        || lower.contains("<table") || lower.contains("<p>") || lower.contains("<div")) {
      return SourceType.HTML;
    }
    return SourceType.TEXT;
  }

  /**
   * A ZIP is DOCX when its entry names (stored uncompressed in the local and central headers)
   * include a {@code word/} part. Names are searched in the raw bytes rather than by walking the
   * entries, which would inflate each one: a zip bomb costs nothing here.
   */
  private static SourceType zipType(byte[] bytes) {
    return indexOf(bytes, "word/", bytes.length) >= 0 ? SourceType.DOCX : SourceType.ZIP;
  }

  /** NUL bytes or many C0 controls in the head mean binary; GB18030 and UTF-8 text have neither. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return !isUtf16Bom(bytes);
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    return controls > n / 20 + 1;
  }

  private static boolean isUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
            || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE));
  }

  private static boolean isAllWhitespace(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String asciiHead(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD);
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return new String(bytes, start, n - start, StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    return indexOf(bytes, magic, magic.length()) == 0;
  }

  private static int indexOf(byte[] bytes, String magic, int within) {
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    int limit = Math.min(bytes.length - m.length, within - m.length);
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int j = 0; j < m.length; j++) {
        if (bytes[i + j] != m[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
