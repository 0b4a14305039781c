package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of the archive once, within {@link DocxLimits}, before POI sees it. The
 * sizes in ZIP headers are written by whoever made the file, so they are not trusted: the bytes
 * are counted as they inflate, and inflation stops at the first limit. Also refuses XML parts that
 * declare a DOCTYPE: Word never writes one, and it is the vehicle of entity attacks (external
 * entities, entity expansion).
 */
final class ZipGuard {

  private static final int HEAD = 1024;

  private final DocxLimits limits;

  ZipGuard(DocxLimits limits) {
    this.limits = limits;
  }

  void check(byte[] zip) throws InputProblem {
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > limits.maxEntries()) {
          throw InputProblem.unreadable("too-large", "> " + limits.maxEntries() + " ZIP entries");
        }
        total += inflate(in, entry, zip.length, limits.maxTotalBytes() - total);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw DocxReader.corrupt(e);
    }
    if (entries == 0) {
      throw InputProblem.unreadable("corrupt", "no ZIP entries");
    }
  }

  /** Inflates one entry; returns its size. {@code room} is what is left of the total budget. */
  private long inflate(InputStream in, ZipEntry entry, long fileSize, long room)
      throws IOException, InputProblem {
    boolean xml = isXml(entry.getName());
    byte[] buffer = new byte[64 * 1024];
    byte[] head = new byte[HEAD];
    int headLength = 0;
    long size = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (xml && headLength < HEAD) {
        int take = Math.min(n, HEAD - headLength);
        System.arraycopy(buffer, 0, head, headLength, take);
        headLength += take;
      }
      size += n;
      if (size > limits.maxEntryBytes() || size > room) {
        long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : fileSize;
        boolean bomb = ratio(size, compressed) > limits.maxInflateRatio()
            || ratio(size, fileSize) > limits.maxInflateRatio();
        long limit = Math.min(limits.maxEntryBytes(), room);
        throw InputProblem.unreadable(bomb ? "zip-bomb" : "too-large",
            entry.getName() + " > " + limit / (1024 * 1024) + " MiB");
      }
    }
    if (size > limits.ratioGraceBytes() && entry.getCompressedSize() > 0
        && ratio(size, entry.getCompressedSize()) > limits.maxInflateRatio()) {
      throw InputProblem.unreadable("zip-bomb", entry.getName());
    }
    if (xml && declaresDoctype(head, headLength)) {
      throw InputProblem.unreadable("xml-doctype", entry.getName());
    }
    return size;
  }

  private static double ratio(long inflated, long compressed) {
    return (double) inflated / Math.max(1, compressed);
  }

  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
  }

  /**
   * A DOCTYPE can only sit in the prolog, before the root element, so the head of the part is
   * enough. NUL bytes are dropped so that UTF-16 parts are found as well.
   */
  static boolean declaresDoctype(byte[] head, int length) {
    StringBuilder ascii = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (head[i] != 0) {
        ascii.append((char) (head[i] & 0xff));
      }
    }
    String text = ascii.toString().toUpperCase(Locale.ROOT);
    return text.contains("<!DOCTYPE") || text.contains("<!ENTITY");
  }
}
