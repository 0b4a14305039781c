package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Matches a printed label against a dictionary label, after normalisation. Exact: the official
 * text, the official text without its item number, or the official text behind a group label that
 * shares its cell ({@code （三）不予公开1.属于国家秘密}). Deviating: a listed variant, the
 * official text with a different item number or a parenthetical tail (Hubei annotations), or a
 * label that contains one of the key phrases.
 */
final class LabelMatcher {

  /** How a printed label matched. */
  enum Match { NONE, EXACT, DEVIATING }

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+[、.,]|\\d+[.、,])");

  private LabelMatcher() {}

  static Match match(String norm, LabelSpec spec) {
    return match(norm, spec.standard(), spec.variantList(), spec.containsList());
  }

  static Match match(String norm, String standard, java.util.List<String> variants,
      java.util.List<String> contains) {
    if (norm.isEmpty()) {
      return Match.NONE;
    }
    norm = norm.replaceFirst("^(\\d+)、", "$1.");
    String std = Normalizer.label(standard);
    if (norm.equals(std)) {
      return Match.EXACT;
    }
    String stdBody = body(std);
    String body = body(norm);
    if (norm.equals(stdBody) && stdBody.length() >= 2) {
      return Match.EXACT;
    }
    if (std.length() >= 4 && norm.endsWith(std)) {
      return Match.EXACT;
    }
    for (String v : variants) {
      String nv = Normalizer.label(v);
      if (norm.equals(nv) || norm.equals(body(nv)) || (nv.length() >= 4 && norm.endsWith(nv))) {
        return Match.DEVIATING;
      }
    }
    if (body.equals(stdBody) && stdBody.length() >= 2) {
      return Match.DEVIATING;
    }
    if (stdBody.length() >= 2 && (body.startsWith(stdBody + "(") || norm.startsWith(std + "("))) {
      return Match.DEVIATING;
    }
    for (String c : contains) {
      if (norm.contains(Normalizer.label(c))) {
        return Match.DEVIATING;
      }
    }
    return Match.NONE;
  }

  static String body(String norm) {
    String n = norm.replaceFirst("^(\\d+)、", "$1.");
    return NUMBERING.matcher(n).replaceFirst("");
  }
}
