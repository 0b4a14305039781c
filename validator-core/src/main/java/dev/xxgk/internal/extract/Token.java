package dev.xxgk.internal.extract;

import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.SourceRef;

/**
 * One table cell in reading order, with its normal form for label matching.
 *
 * @param text as printed, trimmed
 * @param norm normal form (see {@link Normalizer#label}), item numbering made canonical
 * @param body the normal form without its item number
 * @param pos where it was printed
 */
record Token(String text, String norm, String body, SourceRef pos) {

  static Token of(GridCell cell) {
    String t = cell.text().strip();
    String norm = LabelMatcher.canonical(Normalizer.label(t));
    return new Token(t, norm, LabelMatcher.body(norm), cell.pos());
  }
}
