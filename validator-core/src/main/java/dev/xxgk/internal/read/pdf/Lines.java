package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines and joins them into text. Spaces are written only between characters
 * that are not CJK, where the gap is wide enough; CJK text never gets spaces, so a label drawn
 * with spread-out characters (商 业 企 业) or one character per line reads as one word.
 */
final class Lines {

  /** Baselines closer than this share a line (as a fraction of the font size). */
  private static final float SAME_LINE = 0.5f;
  /** A gap wider than this between two non-CJK characters is a space. */
  private static final float SPACE_GAP = 0.15f;
  /** Room producers leave between a cell's border and its text (Word: 5.4 pt). */
  private static final float CELL_PADDING = 5.5f;

  private Lines() {}

  /** The glyphs grouped into lines, top to bottom, each sorted left to right. */
  static List<TextLine> group(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    float base = 0;
    float size = 0;
    for (Glyph g : sorted) {
      if (!line.isEmpty() && g.baseline() - base > SAME_LINE * Math.min(size, g.size())) {
        lines.add(line(line));
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        base = g.baseline();
        size = g.size();
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      lines.add(line(line));
    }
    return lines;
  }

  static TextLine line(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::x));
    return new TextLine(sorted, join(sorted));
  }

  /** The text of glyphs on one line, sorted by x. */
  static String join(List<Glyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null && g.x() - prev.right() > SPACE_GAP * Math.max(prev.size(), g.size())
          && !isCjk(last(prev.text())) && !isCjk(g.text().codePointAt(0))) {
        sb.append(' ');
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString();
  }

  /** The text of lines read top to bottom, as one cell: no break between CJK lines. */
  static String joinLines(List<TextLine> lines) {
    return joinCell(lines, Float.NaN, Float.NaN);
  }

  /**
   * The text of a cell's lines, top to bottom. A number that filled the width of its cell
   * (between {@code left} and {@code right}) and goes on on the next line was wrapped, and is
   * joined without a space; numbers that merely sit on separate lines keep a space, so that they
   * never silently become one number.
   */
  static String joinCell(List<TextLine> lines, float left, float right) {
    String text = "";
    TextLine previous = null;
    for (TextLine line : lines) {
      if (previous != null && wrappedNumber(previous, line, left, right)) {
        text = text + line.text();
      } else {
        text = Texts.concat(text, line.text());
      }
      previous = line;
    }
    return text;
  }

  private static boolean wrappedNumber(TextLine a, TextLine b, float left, float right) {
    String x = a.text();
    String y = b.text();
    return x.length() > 1 && Character.isDigit(x.charAt(x.length() - 1))
        && Character.isDigit(y.charAt(0))
        && a.left() - left <= CELL_PADDING + 0.5f * a.size()
        && right - a.right() <= CELL_PADDING + a.size();
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2018 && cp <= 0x201F;
  }

  private static int last(CharSequence s) {
    return Character.codePointBefore(s, s.length());
  }
}
