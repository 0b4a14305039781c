package dev.xxgk.internal.read.pdf;

import java.util.List;

/**
 * A run of glyphs on a line that stands apart from its neighbours: a cell candidate for tables
 * without ruling lines.
 */
record Segment(List<Glyph> glyphs, String text) {

  Segment {
    glyphs = List.copyOf(glyphs);
  }

  static Segment of(List<Glyph> glyphs) {
    return new Segment(glyphs, Lines.join(glyphs));
  }

  float left() {
    return glyphs.get(0).x();
  }

  float right() {
    return glyphs.get(glyphs.size() - 1).right();
  }

  float centre() {
    return (left() + right()) / 2;
  }

  boolean numeric() {
    return Texts.isNumeric(text);
  }
}
