package dev.xxgk.internal.text;

import com.ibm.icu.text.Transliterator;

/**
 * Normalises labels before they are compared (spec §0.3): NFKC (full-width letters, digits and
 * punctuation become their half-width forms), traditional characters become simplified, quotes and
 * brackets take one form, and all whitespace goes. Two labels match when their normal forms are
 * equal.
 */
public final class Normalizer {

  private static final ThreadLocal<Transliterator> T2S =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private Normalizer() {}

  /** The normal form of a label or heading: no whitespace, one form of every punctuation mark. */
  public static String label(String s) {
    return squeeze(text(s));
  }

  /** NFKC, simplified characters and one form of punctuation, keeping whitespace. */
  public static String text(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    if (hasCjkOutsideAscii(n)) {
      n = T2S.get().transliterate(n);
    }
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      sb.append(punctuation(n.charAt(i)));
    }
    return sb.toString();
  }

  private static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b'
          && c != '\ufeff') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static char punctuation(char c) {
    return switch (c) {
      case '“', '”', '„', '‟', '「', '」', '『', '』', '〝', '〞' -> '"';
      case '‘', '’', '‚', '‛' -> '\'';
      case '〔', '【', '［', '[', '〖', '﹝' -> '(';
      case '〕', '】', '］', ']', '〗', '﹞' -> ')';
      case '．', '·' -> '.';
      case '—', '–', '－', '‐', '‑', '―' -> '-';
      case '\u00a0', '\u3000' -> ' ';
      default -> c;
    };
  }

  private static boolean hasCjkOutsideAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x3400) {
        return true;
      }
    }
    return false;
  }
}
