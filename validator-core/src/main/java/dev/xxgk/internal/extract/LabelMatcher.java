package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches a printed label against a dictionary label, after normalisation. Exact: the official
 * text, the official text without its item number, or the official text behind a group label that
 * shares its cell ({@code （三）不予公开1.属于国家秘密}). Deviating: a listed variant, the
 * official text with a different item number or a parenthetical tail (Hubei annotations), or a
 * label that contains one of the key phrases. Dictionary labels are normalised once, into a
 * {@link Target}; printed labels once, into a {@link Token}.
 */
final class LabelMatcher {

  /** How a printed label matched. */
  enum Match { NONE, EXACT, DEVIATING }

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[、.,]|\\d+[.,])");

  /** A dictionary label in normal form, with its variants and key phrases. */
  record Target(String std, String stdBody, List<String> variants, List<String> variantBodies,
      List<String> contains) {

    static Target of(LabelSpec spec) {
      return of(spec.standard(), spec.variantList(), spec.containsList());
    }

    static Target of(String standard, List<String> variants, List<String> contains) {
      String std = canonical(Normalizer.label(standard));
      List<String> vs = variants.stream().map(v -> canonical(Normalizer.label(v))).toList();
      return new Target(std, body(std), vs, vs.stream().map(LabelMatcher::body).toList(),
          contains.stream().map(Normalizer::label).toList());
    }
  }

  private LabelMatcher() {}

  /**
   * @param norm the printed label's normal form, numbering made canonical ({@link #canonical})
   * @param body the same without its item number ({@link #body})
   */
  static Match match(String norm, String body, Target t) {
    if (norm.isEmpty()) {
      return Match.NONE;
    }
    if (norm.equals(t.std) || (norm.equals(t.stdBody) && t.stdBody.length() >= 2)
        || (t.std.length() >= 4 && norm.endsWith(t.std))) {
      return Match.EXACT;
    }
    for (int i = 0; i < t.variants.size(); i++) {
      String v = t.variants.get(i);
      if (norm.equals(v) || norm.equals(t.variantBodies.get(i)) || (v.length() >= 4 && norm.endsWith(v))) {
        return Match.DEVIATING;
      }
    }
    if (t.stdBody.length() >= 2 && (body.equals(t.stdBody) || body.startsWith(t.stdBody + "(")
        || norm.startsWith(t.std + "("))) {
      return Match.DEVIATING;
    }
    for (String c : t.contains) {
      if (norm.contains(c)) {
        return Match.DEVIATING;
      }
    }
    return Match.NONE;
  }

  /**
   * True when a printed label is the official one with a typo: one character wrong, missing or
   * extra (two for labels of ten characters or more). Only for labels of four characters or more
   * that hold Chinese, so that numbers and short labels ({@code 其他}, {@code 总计}) never match
   * by accident; callers use it only when nothing matched otherwise.
   */
  static boolean typo(String norm, Target t) {
    String std = t.std;
    int len = std.length();
    if (len < 4 || norm.codePoints().noneMatch(c -> c >= 0x3400)
        || Math.abs(norm.length() - len) > 2) {
      return false;
    }
    int allowed = len >= 10 ? 2 : 1;
    return distance(norm, std, allowed) <= allowed;
  }

  /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
  private static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return rowMin;
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[b.length()];
  }

  /** Convenience for one-off matches (tests): normalises both sides. */
  static Match match(String printedNorm, String standard, List<String> variants, List<String> contains) {
    String norm = canonical(printedNorm);
    return match(norm, body(norm), Target.of(standard, variants, contains));
  }

  /** {@code 1、} and {@code 1.} are the same item number. */
  static String canonical(String norm) {
    int i = 0;
    while (i < norm.length() && Character.isDigit(norm.charAt(i))) {
      i++;
    }
    if (i > 0 && i < norm.length() && norm.charAt(i) == '、') {
      return norm.substring(0, i) + "." + norm.substring(i + 1);
    }
    return norm;
  }

  /** The label without its leading item number ({@code （一）}, {@code 一、}, {@code 1.}). */
  static String body(String canonicalNorm) {
    if (canonicalNorm.isEmpty()) {
      return canonicalNorm;
    }
    char c = canonicalNorm.charAt(0);
    if (c != '(' && !Character.isDigit(c) && "一二三四五六七八九十".indexOf(c) < 0) {
      return canonicalNorm;
    }
    return NUMBERING.matcher(canonicalNorm).replaceFirst("");
  }
}
