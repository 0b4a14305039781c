package dev.xxgk.internal.read.pdf;

import java.util.regex.Pattern;

/** Small text tests shared by the table code. */
final class Texts {

  private static final Pattern NUMERIC =
      Pattern.compile("[-+]?\\d[\\d,，.]*%?|[-+]?\\.\\d+|[-—–/／无]");
  /** How list items start: 一、 （二） 3. 4、 第五. */
  private static final Pattern MARKER = Pattern.compile(
      "(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|第[一二三四五六七八九十\\d]+).*",
      Pattern.DOTALL);

  private Texts() {}

  /** A number, or one of the marks that stand for none (- — / 无). */
  static boolean isNumeric(String text) {
    return NUMERIC.matcher(text.strip()).matches();
  }

  /** Starts like a list item or a new label, so it cannot continue the text before it. */
  static boolean startsWithMarker(String text) {
    return MARKER.matcher(text.strip()).matches();
  }

  /** Text continued on the next line or page: no space, except between two Latin words. */
  static String concat(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a + b;
    }
    boolean word = isWordChar(a.codePointBefore(a.length())) && isWordChar(b.codePointAt(0));
    return word ? a + " " + b : a + b;
  }

  private static boolean isWordChar(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }
}
