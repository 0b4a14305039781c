package dev.xxgk.internal.read.html;

/**
 * Accumulates text the way a browser lays it out: runs of HTML whitespace collapse to one space,
 * leading and trailing whitespace is dropped, and a run that holds a line feed between two wide
 * (CJK) characters disappears, as CSS Text 3 removes such segment breaks. So {@code 总体\n情况}
 * reads {@code 总体情况}. {@code &nbsp;} counts as a space that is never removed between CJK
 * characters. Zero-width characters and C0 controls are dropped.
 *
 * <p>A line break ({@code <br>}) is a hard {@code \n} in {@link Mode#PARAGRAPH} mode, and a
 * segment break in {@link Mode#CELL} mode, so that {@code 商业<br>企业} in a table cell reads
 * {@code 商业企业} while {@code 3<br>5} reads {@code 3 5}.
 */
final class InlineText {

  enum Mode {
    PARAGRAPH,
    CELL
  }

  private final StringBuilder out = new StringBuilder();
  private final Mode mode;
  private boolean space;
  private boolean segment;
  private boolean nbsp;
  private boolean hardBreak;
  private int last = -1;

  InlineText(Mode mode) {
    this.mode = mode;
  }

  /** Appends the text of a text node; inside {@code <pre>} its line feeds are line breaks. */
  void append(String text, boolean pre) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (pre && cp == '\n') {
        lineBreak();
      } else if (cp == ' ' || cp == '\t' || cp == '\f') {
        space = true;
      } else if (cp == '\n' || cp == '\r') {
        space = true;
        segment = true;
      } else if (cp == 0xA0) {
        space = true;
        nbsp = true;
      } else if (cp >= 0x20 && cp != 0x200B && cp != 0xFEFF && cp != 0xAD && cp != 0x7F) {
        put(cp);
      }
    }
  }

  /** A {@code <br>}, or in cell mode also the edge of a block element inside the cell. */
  void lineBreak() {
    if (mode == Mode.PARAGRAPH) {
      hardBreak = true;
    } else {
      space = true;
      segment = true;
    }
  }

  boolean isEmpty() {
    return out.length() == 0;
  }

  /** The text so far, each line stripped (also of U+3000 indentation), blank lines dropped. */
  String text() {
    StringBuilder sb = new StringBuilder(out.length());
    for (String line : out.toString().split("\n")) {
      String s = line.strip();
      if (!s.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n").append(s);
      }
    }
    return sb.toString();
  }

  private void put(int cp) {
    if (out.length() > 0) {
      if (hardBreak) {
        out.append('\n');
      } else if (space && (nbsp || !segment || !(isWide(last) && isWide(cp)))) {
        out.append(' ');
      }
    }
    hardBreak = false;
    space = false;
    segment = false;
    nbsp = false;
    out.appendCodePoint(cp);
    last = cp;
  }

  static boolean isWide(int cp) {
    if (cp < 0) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
