package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text line into segments: at wide gaps (column gaps), and a trailing run of numbers
 * separated by ordinary word gaps is split into one segment a number ({@code 规章 1 0 11}).
 *
 * @param segments the segments, left to right
 * @param columnar true when the line looks like a table row: a wide gap, or a label followed by
 *     at least two numbers (so prose that merely ends in a number is not)
 */
record LineSegments(List<Segment> segments, boolean columnar) {

  /** A gap wider than this (times the font size) separates columns. */
  private static final float COLUMN_GAP = 1.2f;
  /** A gap wider than this separates words. */
  private static final float WORD_GAP = 0.2f;

  static LineSegments of(TextLine line) {
    List<List<Glyph>> pieces = split(line.glyphs(), COLUMN_GAP);
    boolean wide = pieces.size() > 1;
    List<Segment> out = new ArrayList<>();
    for (List<Glyph> piece : pieces) {
      out.addAll(splitTrailingNumbers(piece));
    }
    return new LineSegments(out, wide || out.size() >= 3);
  }

  /** All segments but the first are numbers (and there are at least two segments). */
  boolean numericRow() {
    if (segments.size() < 2) {
      return false;
    }
    for (int i = 1; i < segments.size(); i++) {
      if (!segments.get(i).numeric()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line is a row of a table: split into columns, and ending in values (a label
   * followed by numbers, or at least two numbers after a label that may itself be split, as a
   * group label beside an item label).
   */
  boolean anchor() {
    return columnar && (numericRow() || segments.size() - firstValue() >= 2);
  }

  /** Index of the first segment of the trailing run of numbers ({@code size()} if none). */
  int firstValue() {
    int i = segments.size();
    while (i > 0 && segments.get(i - 1).numeric()) {
      i--;
    }
    return i;
  }

  /** Left edge of an anchor's values. */
  float valueLeft() {
    return segments.get(firstValue()).left();
  }

  private static List<Segment> splitTrailingNumbers(List<Glyph> glyphs) {
    List<Segment> words = new ArrayList<>();
    split(glyphs, WORD_GAP).forEach(w -> words.add(Segment.of(w)));
    int firstNumber = words.size();
    while (firstNumber > 0 && words.get(firstNumber - 1).numeric()) {
      firstNumber--;
    }
    int numbers = words.size() - firstNumber;
    if (numbers == 0 || numbers == 1 && firstNumber == 0) {
      return List.of(Segment.of(glyphs));
    }
    List<Segment> out = new ArrayList<>();
    if (firstNumber > 0) {
      List<Glyph> head = new ArrayList<>();
      words.subList(0, firstNumber).forEach(w -> head.addAll(w.glyphs()));
      out.add(Segment.of(head));
    }
    out.addAll(words.subList(firstNumber, words.size()));
    return out;
  }

  private static List<List<Glyph>> split(List<Glyph> glyphs, float gap) {
    List<List<Glyph>> out = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null && g.x() - prev.right() > gap * Math.max(prev.size(), g.size())) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(g);
      prev = g;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
