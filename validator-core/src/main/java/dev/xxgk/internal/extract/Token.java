package dev.xxgk.internal.extract;

import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.SourceRef;

/**
 * One table cell in reading order, with its normal form for label matching.
 *
 * @param text as printed, trimmed
 * @param norm normal form (see {@link Normalizer#label})
 * @param pos where it was printed
 */
record Token(String text, String norm, SourceRef pos) {

  static Token of(GridCell cell) {
    String t = cell.text().strip();
    return new Token(t, Normalizer.label(t), cell.pos());
  }
}
