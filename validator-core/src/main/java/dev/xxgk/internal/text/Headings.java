package dev.xxgk.internal.text;

import java.util.regex.Pattern;

/** Splits a part heading into its numeral and its body ({@code 一、总体情况} → 一 + 总体情况). */
public final class Headings {

  private static final Pattern NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]+)\\s*[、.,，．]\\s*");

  private Headings() {}

  public static String body(String heading) {
    return NUMBERED.matcher(heading).replaceFirst("");
  }

  public static String numeral(String heading) {
    var m = NUMBERED.matcher(heading);
    return m.find() ? m.group(1) : "";
  }

  /** True when two headings say the same after normalisation, numerals ignored. */
  public static boolean sameBody(String a, String b) {
    return Normalizer.label(body(a)).equals(Normalizer.label(body(b)));
  }
}
