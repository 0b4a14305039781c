package dev.xxgk.internal.extract;

import dev.xxgk.model.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A heading found in the paragraphs: a part heading (number 1–6) or a stray top-level numeral
 * (number 0).
 *
 * @param number the part matched, or 0 for a stray heading
 * @param numeral the numeral printed, or null
 * @param heading the heading as printed, without numeral (for a stray: its first characters)
 * @param paragraph index into the paragraph list
 * @param start offset of the numeral (or heading) in the paragraph
 * @param end offset just after the heading
 * @param pos where the paragraph is
 */
record HeadingHit(int number, @Nullable String numeral, String heading, int paragraph, int start,
    int end, SourceRef pos) {

  boolean isPart() {
    return number > 0;
  }

  /** Document order. */
  boolean before(HeadingHit other) {
    return paragraph < other.paragraph || (paragraph == other.paragraph && start < other.start);
  }
}
