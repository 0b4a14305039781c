package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.SectionSpec;
import dev.xxgk.internal.text.Headings;
import dev.xxgk.internal.text.ChineseNumerals;
import dev.xxgk.internal.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the six part headings in running text, also where a converter ran them into the middle of
 * a line, without being fooled by sub-items that reuse top-level numerals ({@code 一、主动公开，拓宽…}
 * inside part 1): a numeral opens a part only when the words after it are that part's standard
 * heading or a listed variant. A short line that is only a heading is also accepted with its own
 * numeral and the part's key words, or without a numeral when it is a heading's exact words.
 */
final class SectionFinder {

  private static final Pattern NUMERAL = Pattern.compile("([一二三四五六七八九十]{1,3})\\s*[、．.]");
  private static final Set<Character> BOUNDARY = Set.of('。', '；', ';', '！', '!', '？', '?', '：',
      ':', '”', '"', '）', ')', '|', '，', ',');
  private static final String[] KEYWORDS = {"", "总体|概述", "主动公开", "申请", "复议|诉讼", "问题",
      "其他|其它"};
  private static final int SHORT_LINE = 40;
  /** What follows a heading in a table of contents: a tab or leader dots, then a page number. */
  private static final Pattern TOC_TAIL = Pattern.compile("^(?:\\t|\\s*[.…·．]{2,})[\\s.…·．]*\\d{1,3}\\s*$");

  private final List<SectionSpec> sections;
  private final List<String> tableLabels;

  /**
   * @param sections the part headings to find
   * @param tableLabels normal forms of numbered table labels ({@code 一、本年新收…}), which are not
   *     stray headings when a table was flattened into text
   */
  SectionFinder(List<SectionSpec> sections, List<String> tableLabels) {
    this.sections = sections;
    this.tableLabels = tableLabels;
  }

  List<HeadingHit> find(List<String> paragraphs, List<dev.xxgk.model.SourceRef> positions) {
    List<HeadingHit> hits = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      HeadingHit bare = bareHeading(text, p, positions.get(p));
      if (bare != null) {
        hits.add(bare);
        continue;
      }
      Matcher m = NUMERAL.matcher(text);
      while (m.find()) {
        if (!atBoundary(text, m.start())) {
          continue;
        }
        HeadingHit hit = numbered(text, m, p, positions.get(p));
        if (hit != null) {
          hits.add(hit);
        }
      }
    }
    return hits;
  }

  private @Nullable HeadingHit numbered(String text, Matcher m, int p,
      dev.xxgk.model.SourceRef pos) {
    int bodyStart = skipSpaces(text, m.end());
    String numeral = m.group(1);
    int bestEnd = -1;
    int bestPart = 0;
    for (SectionSpec s : sections) {
      List<String> candidates = new ArrayList<>();
      candidates.add(s.standard());
      candidates.addAll(s.variantList());
      for (String c : candidates) {
        int end = matchPrefix(text, bodyStart, Normalizer.label(Headings.body(c)));
        if (end > bestEnd) {
          bestEnd = end;
          bestPart = s.number();
        }
      }
    }
    if (bestEnd > 0 && TOC_TAIL.matcher(text.substring(bestEnd)).find()) {
      return null;
    }
    if (bestEnd > 0) {
      return new HeadingHit(bestPart, numeral, text.substring(bodyStart, bestEnd).strip(), p,
          m.start(), bestEnd, pos);
    }
    Integer n = ChineseNumerals.parse(numeral);
    String rest = text.substring(bodyStart).strip();
    if (n != null && n >= 1 && n <= 6 && m.start() == 0 && rest.length() <= SHORT_LINE
        && Pattern.compile(KEYWORDS[n]).matcher(rest).find() && !isTableLabel(numeral, rest)) {
      return new HeadingHit(n, numeral, rest, p, m.start(), text.length(), pos);
    }
    if (isTableLabel(numeral, rest)) {
      return null;
    }
    String snippet = rest.length() > 20 ? rest.substring(0, 20) : rest;
    int cut = snippet.indexOf(' ');
    if (cut > 0) {
      snippet = snippet.substring(0, cut);
    }
    return new HeadingHit(0, numeral, snippet, p, m.start(), bodyStart, pos);
  }

  /** A line that is exactly a heading's words, without a numeral. */
  private @Nullable HeadingHit bareHeading(String text, int p, dev.xxgk.model.SourceRef pos) {
    if (text.length() > SHORT_LINE) {
      return null;
    }
    String norm = Normalizer.label(text);
    for (SectionSpec s : sections) {
      List<String> candidates = new ArrayList<>();
      candidates.add(s.standard());
      candidates.addAll(s.variantList());
      for (String c : candidates) {
        if (norm.equals(Normalizer.label(Headings.body(c)))) {
          return new HeadingHit(s.number(), null, text.strip(), p, 0, text.length(), pos);
        }
      }
    }
    return null;
  }

  private boolean isTableLabel(String numeral, String rest) {
    String norm = Normalizer.label(numeral + "、" + rest);
    return tableLabels.stream().anyMatch(norm::startsWith);
  }

  private static boolean atBoundary(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    if (before == '（' || before == '(' || before == '第') {
      return false;
    }
    return Character.isWhitespace(before) || before == '\u3000' || BOUNDARY.contains(before);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
      i++;
    }
    return i;
  }

  /**
   * Where the printed text starting at {@code start} spells {@code target} (a normal form),
   * normalising one character at a time and skipping whitespace; -1 when it does not.
   */
  static int matchPrefix(String text, int start, String target) {
    int k = start;
    int t = 0;
    while (t < target.length()) {
      if (k >= text.length()) {
        return -1;
      }
      char c = text.charAt(k);
      if (Character.isWhitespace(c) || c == '\u3000') {
        k++;
        continue;
      }
      String nc = Normalizer.label(String.valueOf(c));
      if (!target.startsWith(nc, t)) {
        return -1;
      }
      t += nc.length();
      k++;
    }
    return k;
  }
}
