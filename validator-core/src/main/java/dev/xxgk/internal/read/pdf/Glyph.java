package dev.xxgk.internal.read.pdf;

/**
 * One printed character in display space (page rotation applied, origin top left, y downwards).
 *
 * @param text the character (a ligature may be several)
 * @param x x of the glyph's origin (its left edge for upright text)
 * @param baseline y of the glyph's origin (on the baseline)
 * @param width advance width, along the writing direction
 * @param size font size in points
 * @param turn how far the text is turned counter-clockwise as displayed: 0 (upright), 90
 *     (reading upwards), 180 or 270 (reading downwards)
 */
record Glyph(String text, float x, float baseline, float width, float size, int turn) {

  Glyph(String text, float x, float baseline, float width, float size) {
    this(text, x, baseline, width, size, 0);
  }

  float right() {
    return x + width;
  }

  /** The middle of the glyph's ink, estimated from the font size (PDFBox heights are unreliable). */
  float centerX() {
    return switch (turn) {
      case 90 -> x - size * 0.35f;
      case 180 -> x - width / 2;
      case 270 -> x + size * 0.35f;
      default -> x + width / 2;
    };
  }

  float centerY() {
    return switch (turn) {
      case 90 -> baseline - width / 2;
      case 180 -> baseline + size * 0.35f;
      case 270 -> baseline + width / 2;
      default -> baseline - size * 0.35f;
    };
  }

  boolean sideways() {
    return turn == 90 || turn == 270;
  }

  float top() {
    return baseline - size * 0.8f;
  }

  float bottom() {
    return baseline + size * 0.2f;
  }
}
