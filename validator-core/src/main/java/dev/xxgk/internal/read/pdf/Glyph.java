package dev.xxgk.internal.read.pdf;

/**
 * One printed character in display space (page rotation applied, origin top left, y downwards).
 *
 * @param text the character (a ligature may be several)
 * @param x left edge
 * @param baseline y of the baseline
 * @param width advance width
 * @param size font size in points
 */
record Glyph(String text, float x, float baseline, float width, float size) {

  float right() {
    return x + width;
  }

  float centerX() {
    return x + width / 2;
  }

  /** The middle of the glyph's ink, estimated from the font size (PDFBox heights are unreliable). */
  float centerY() {
    return baseline - size * 0.35f;
  }

  float top() {
    return baseline - size * 0.8f;
  }

  float bottom() {
    return baseline + size * 0.2f;
  }
}
