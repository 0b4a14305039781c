package dev.xxgk.internal.read.pdf;

/**
 * A horizontal or vertical line segment in display space.
 *
 * @param horizontal true for a horizontal line
 * @param at the fixed coordinate (y for horizontal, x for vertical)
 * @param from the smaller end of the varying coordinate
 * @param to the larger end
 */
record Ruling(boolean horizontal, float at, float from, float to) {

  static Ruling of(boolean horizontal, float at, float a, float b) {
    return new Ruling(horizontal, at, Math.min(a, b), Math.max(a, b));
  }

  float length() {
    return to - from;
  }

  /** Length of this ruling's overlap with the interval [lo, hi] of its varying coordinate. */
  float overlap(float lo, float hi) {
    return Math.max(0, Math.min(to, hi) - Math.max(from, lo));
  }
}
