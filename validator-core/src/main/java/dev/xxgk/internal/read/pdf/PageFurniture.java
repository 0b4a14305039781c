package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops page furniture: page numbers ({@code -2-}, {@code — 2 —}, {@code 第2页}, {@code 2/6}) and
 * running headers or footers (the same words, digits aside, in the margin of most pages). Only
 * the first and last few lines of a page, in its top or bottom band, are candidates.
 */
final class PageFurniture {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–－_·•.\\s]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?"
          + "(?:\\s*(?:[/／,，]\\s*共?|共)\\s*\\d{1,4}\\s*页?)?[-—–－_·•.\\s]*");
  private static final Pattern PAGE_WORD =
      Pattern.compile("(?i)(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?");
  /** The share of the page height at top and bottom where furniture lives. */
  private static final float BAND = 0.15f;
  private static final int EDGE_LINES = 3;

  private PageFurniture() {}

  static List<PageContent> drop(List<PageContent> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (PageContent p : pages) {
      Set<String> seen = new HashSet<>();
      for (TextLine line : candidates(p)) {
        if (seen.add(key(line))) {
          counts.merge(key(line), 1, Integer::sum);
        }
      }
    }
    int repeated = Math.max(2, (pages.size() + 1) / 2);
    List<PageContent> out = new ArrayList<>();
    for (PageContent p : pages) {
      Set<TextLine> furniture = new HashSet<>();
      for (TextLine line : candidates(p)) {
        if (isPageNumber(line.text())
            || hasWords(key(line)) && counts.getOrDefault(key(line), 0) >= repeated) {
          furniture.add(line);
        }
      }
      List<TextLine> kept = new ArrayList<>(p.lines());
      kept.removeIf(furniture::contains);
      out.add(p.with(p.tables(), kept));
    }
    return out;
  }

  static boolean isPageNumber(String text) {
    String t = text.strip();
    return PAGE_NUMBER.matcher(t).matches() || PAGE_WORD.matcher(t).matches();
  }

  /** The first and last lines of the page that lie in its top or bottom band. */
  private static List<TextLine> candidates(PageContent p) {
    List<TextLine> lines = p.lines();
    List<TextLine> out = new ArrayList<>();
    float top = BAND * p.height();
    float bottom = (1 - BAND) * p.height();
    float tableTop = p.tables().isEmpty() ? Float.MAX_VALUE : p.tables().get(0).top();
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      boolean edge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
      boolean inBand = line.top() < Math.min(top, tableTop) || line.top() > bottom;
      if (edge && inBand) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * A running header or footer has words; a line of numbers alone (a row of values of a table
   * without ruling lines, at the foot of one page and the head of the next) is no furniture.
   */
  private static boolean hasWords(String key) {
    return key.codePoints().anyMatch(Character::isLetter);
  }

  private static String key(TextLine line) {
    return line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }
}
