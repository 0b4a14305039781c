package dev.xxgk.internal.read.pdf;

import java.util.List;

/**
 * Glyphs sharing a baseline, left to right, with their text.
 *
 * @param glyphs the glyphs, sorted by x
 * @param text the joined text (see {@link Lines#join})
 */
record TextLine(List<Glyph> glyphs, String text) {

  TextLine {
    glyphs = List.copyOf(glyphs);
  }

  Glyph first() {
    return glyphs.get(0);
  }

  float top() {
    float top = Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      top = Math.min(top, g.top());
    }
    return top;
  }

  float left() {
    return first().x();
  }

  float right() {
    return glyphs.get(glyphs.size() - 1).right();
  }

  float size() {
    float max = 0;
    for (Glyph g : glyphs) {
      max = Math.max(max, g.size());
    }
    return max;
  }
}
