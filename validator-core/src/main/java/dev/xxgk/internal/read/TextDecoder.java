package dev.xxgk.internal.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes text without silent mojibake: a BOM wins, then a declared charset (gb2312 and gbk are
 * read as GB18030, their superset), then strict UTF-8, then strict GB18030. Bytes that fit none of
 * these are an {@link InputProblem}, never replacement characters.
 */
public final class TextDecoder {

  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  public static String decode(byte[] bytes, @Nullable String declared) throws InputProblem {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Charset declaredCharset = lookup(declared);
    if (declaredCharset != null) {
      try {
        return strictOrThrow(bytes, 0, declaredCharset);
      } catch (CharacterCodingException e) {
        // a wrong declaration is common on portals; fall through to detection
      }
    }
    try {
      return strictOrThrow(bytes, 0, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      try {
        return strictOrThrow(bytes, 0, GB18030);
      } catch (CharacterCodingException e2) {
        throw InputProblem.unreadable("encoding");
      }
    }
  }

  /** Maps a declared charset label to the charset we decode it with, or null if unknown. */
  public static @Nullable Charset lookup(@Nullable String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String name = declared.trim().toLowerCase(Locale.ROOT);
    if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")
        || name.equals("gb_2312-80") || name.equals("gb18030")) {
      return GB18030;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, int offset, Charset cs) throws InputProblem {
    try {
      return strictOrThrow(bytes, offset, cs);
    } catch (CharacterCodingException e) {
      throw InputProblem.unreadable("encoding");
    }
  }

  private static String strictOrThrow(byte[] bytes, int offset, Charset cs)
      throws CharacterCodingException {
    CharBuffer chars = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
