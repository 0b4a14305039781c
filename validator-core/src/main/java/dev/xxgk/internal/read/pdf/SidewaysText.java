package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Reads text turned on its side (a header cell printed reading upwards or downwards): glyphs form
 * columns instead of lines; columns are read in the turned text's line order, each along its
 * writing direction.
 */
final class SidewaysText {

  private SidewaysText() {}

  /** Whether most of the glyphs are turned on their side. */
  static boolean mostly(List<Glyph> glyphs) {
    long sideways = glyphs.stream().filter(Glyph::sideways).count();
    return sideways * 2 > glyphs.size();
  }

  static String read(List<Glyph> glyphs) {
    String text = "";
    for (TextLine column : lines(glyphs)) {
      text = Texts.concat(text, column.text());
    }
    return text;
  }

  /** The glyphs' columns as lines, in reading order, each glyph list in writing order. */
  static List<TextLine> lines(List<Glyph> glyphs) {
    long up = glyphs.stream().filter(g -> g.turn() == 90).count();
    boolean upwards = up * 2 > glyphs.stream().filter(Glyph::sideways).count();
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centerX));
    List<List<Glyph>> columns = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && g.centerX() - last.get(0).centerX() <= 0.5f * g.size()) {
        last.add(g);
      } else {
        columns.add(new ArrayList<>(List.of(g)));
      }
    }
    if (!upwards) {
      Collections.reverse(columns);
    }
    List<TextLine> out = new ArrayList<>();
    for (List<Glyph> column : columns) {
      column.sort(Comparator.comparingDouble(g -> upwards ? -g.centerY() : g.centerY()));
      out.add(new TextLine(column, join(column)));
    }
    return out;
  }

  private static String join(List<Glyph> column) {
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : column) {
      float gap = prev == null ? 0 : Math.abs(g.centerY() - prev.centerY())
          - (g.width() + prev.width()) / 2;
      if (prev != null && gap > 0.15f * g.size() && !Lines.isCjk(prev.text().codePointAt(0))
          && !Lines.isCjk(g.text().codePointAt(0))) {
        sb.append(' ');
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString();
  }
}
