package dev.xxgk.internal.doc;

import dev.xxgk.model.SourceRef;

/**
 * One position of a table grid after merged cells have been expanded.
 *
 * @param text the cell's text as printed (a merged cell's text is repeated in every position it
 *     covers)
 * @param origin true for the top-left position of a merged cell (and for every unmerged cell);
 *     false for the positions a merged cell covers, so that linear readings can skip repeats
 * @param pos where the cell is in the source
 */
public record GridCell(String text, boolean origin, SourceRef pos) {

  public static GridCell of(String text, SourceRef pos) {
    return new GridCell(text, true, pos);
  }
}
