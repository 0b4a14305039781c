package dev.xxgk.internal.text;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normalises labels before they are compared (spec §0.3): NFKC (full-width letters, digits and
 * punctuation become their half-width forms), traditional characters become simplified, quotes and
 * brackets take one form, and all whitespace goes. Two labels match when their normal forms are
 * equal.
 */
public final class Normalizer {

  private static final ThreadLocal<Transliterator> T2S =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  /** Traditional → simplified is per character for our purposes; ICU is slow per call. */
  private static final ConcurrentHashMap<Character, String> SIMPLIFIED = new ConcurrentHashMap<>();
  /** Labels recur (dictionary labels, repeated cells): their normal forms are kept. */
  private static final ConcurrentHashMap<String, String> LABELS = new ConcurrentHashMap<>();
  private static final int LABEL_CACHE_LIMIT = 100_000;
  private static final int CACHED_LABEL_LENGTH = 80;

  private Normalizer() {}

  /** The normal form of a label or heading: no whitespace, one form of every punctuation mark. */
  public static String label(String s) {
    if (s.length() > CACHED_LABEL_LENGTH) {
      return squeeze(text(s));
    }
    String cached = LABELS.get(s);
    if (cached == null) {
      if (LABELS.size() > LABEL_CACHE_LIMIT) {
        LABELS.clear();
      }
      cached = squeeze(text(s));
      LABELS.put(s, cached);
    }
    return cached;
  }

  /** NFKC, simplified characters and one form of punctuation, keeping whitespace. */
  public static String text(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c >= 0x3400 && !Character.isSurrogate(c)) {
        sb.append(SIMPLIFIED.computeIfAbsent(c, k -> T2S.get().transliterate(String.valueOf(k))));
      } else {
        sb.append(punctuation(c));
      }
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

}
