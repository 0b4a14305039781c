package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups a page's text lines into paragraphs: one line each, except that a title printed
 * centred over several lines in a larger font (淮安市人民政府 / 2024年政府信息公开工作年度报告)
 * is one paragraph.
 */
final class TitleLines {

  /** A title's font is at least this much larger than the body font. */
  private static final float LARGER = 1.1f;
  /** Centred means the middle of the line is this close to the middle of the page (× size). */
  private static final float CENTRED = 1.5f;
  /** Title lines follow each other at most this far apart, baseline to baseline (× size). */
  private static final float SPACING = 2f;

  private TitleLines() {}

  static List<List<TextLine>> group(PageContent page, float bodySize) {
    List<List<TextLine>> out = new ArrayList<>();
    TextLine previous = null;
    for (TextLine line : page.lines()) {
      if (previous != null && continuesTitle(previous, line, page.width(), bodySize)) {
        out.get(out.size() - 1).add(line);
      } else {
        out.add(new ArrayList<>(List.of(line)));
      }
      previous = line;
    }
    return out;
  }

  /** The median font size of the text lines: the body text's size. */
  static float bodySize(List<PageContent> pages) {
    List<Float> sizes = new ArrayList<>();
    pages.forEach(p -> p.lines().forEach(l -> l.glyphs().forEach(g -> sizes.add(g.size()))));
    if (sizes.isEmpty()) {
      return 0;
    }
    float[] sorted = new float[sizes.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = sizes.get(i);
    }
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static boolean continuesTitle(TextLine a, TextLine b, float pageWidth, float body) {
    float size = a.size();
    return size > body * LARGER && Math.abs(b.size() - size) <= 0.05f * size
        && centred(a, pageWidth) && centred(b, pageWidth)
        && b.first().baseline() - a.first().baseline() <= SPACING * size;
  }

  private static boolean centred(TextLine line, float pageWidth) {
    return Math.abs((line.left() + line.right()) / 2 - pageWidth / 2) <= CENTRED * line.size();
  }
}
