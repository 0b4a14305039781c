package dev.xxgk.internal.read.html;

import dev.xxgk.internal.read.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the charset a page declares, for {@link TextDecoder#decode}: the first {@code <meta
 * charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} in the first
 * {@value #HEAD} bytes, else an XML declaration's {@code encoding}. Two declarations are not
 * trusted, because they would decode Chinese text as mojibake without any error: a Western
 * single-byte charset (ISO-8859-*, windows-125*, ASCII; never right for a Chinese report, and
 * such bytes always decode) and UTF-16/32 in a meta (HTML reads that as UTF-8). And a page
 * declared as a GB charset whose bytes are valid UTF-8 with non-ASCII text is read as UTF-8: a
 * page saved or re-encoded by a tool keeps its old meta, while real GBK text is practically never
 * valid UTF-8.
 */
final class HtmlCharset {

  static final int HEAD = 5 * 1024;

  private static final Pattern META = Pattern.compile("<meta\\b[^>]*>");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  private static final Pattern XML_DECL =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)");
  private static final Pattern UNTRUSTED =
      Pattern.compile("iso-?8859.*|latin.*|l1|windows-125\\d|cp125\\d|(us-)?ascii|utf-?(16|32).*");

  private HtmlCharset() {}

  /** The charset label to decode with, or null to detect (strict UTF-8, else GB18030). */
  static @Nullable String declared(byte[] bytes) {
    String label = label(bytes);
    if (label == null || UNTRUSTED.matcher(label).matches()) {
      return null;
    }
    if (TextDecoder.GB18030.equals(TextDecoder.lookup(label)) && isNonAsciiUtf8(bytes)) {
      return "utf-8";
    }
    return label;
  }

  private static @Nullable String label(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      Matcher charset = CHARSET.matcher(meta.group());
      if (charset.find()) {
        return charset.group(1);
      }
    }
    Matcher xml = XML_DECL.matcher(head);
    return xml.find() ? xml.group(1) : null;
  }

  private static boolean isNonAsciiUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    return nonAscii && decodes(bytes, StandardCharsets.UTF_8);
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
