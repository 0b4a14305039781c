package dev.xxgk.internal.text;

import org.jspecify.annotations.Nullable;

/** Chinese numerals as reports print them in headings and counts (一…九十九, 〇/零, 两). */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** The numeral for 1 to 99, e.g. 6 → 六, 12 → 十二. */
  public static String of(int n) {
    if (n <= 0 || n >= 100) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
    String units = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
    return tens + "十" + units;
  }

  /** The value of a Chinese numeral up to 9999 (e.g. 十二, 二十, 一百零五), or null. */
  public static @Nullable Integer parse(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digitOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> -1;
      };
      if (unit < 0) {
        return null;
      }
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    if (digit >= 0) {
      total += digit;
    }
    return total;
  }

  private static int digitOf(char c) {
    if (c == '〇' || c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
  }
}
