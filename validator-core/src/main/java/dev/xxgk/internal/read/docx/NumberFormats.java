package dev.xxgk.internal.read.docx;

import java.util.Locale;

/**
 * Renders a list counter in a WordprocessingML number format ({@code ST_NumberFormat}). Formats
 * not listed here fall back to decimal, as Word does for formats it cannot show.
 */
final class NumberFormats {

  private static final String CHINESE_DIGITS = "零一二三四五六七八九";
  private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
  private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
  private static final String[] CHINESE_UNITS = {"千", "百", "十", ""};
  private static final String[] LEGAL_UNITS = {"仟", "佰", "拾", ""};
  private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
  private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九";

  private NumberFormats() {}

  static String format(int n, String numFmt) {
    return switch (numFmt) {
      case "none", "bullet" -> "";
      case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '\u2460', 20);
      case "decimalEnclosedFullstop" -> enclosed(n, '\u2488', 20);
      case "decimalEnclosedParen" -> enclosed(n, '\u2474', 20);
      case "ideographEnclosedCircle" -> enclosed(n, '\u3220', 10);
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
          "taiwaneseCountingThousand", "japaneseCounting" ->
          counting(n, CHINESE_DIGITS, CHINESE_UNITS, true);
      case "chineseLegalSimplified" -> counting(n, LEGAL_SIMPLIFIED, LEGAL_UNITS, false);
      case "ideographLegalTraditional", "japaneseLegal" ->
          counting(n, LEGAL_TRADITIONAL, LEGAL_UNITS, false);
      case "ideographTraditional" -> cycle(n, HEAVENLY_STEMS);
      case "ideographZodiac" -> cycle(n, EARTHLY_BRANCHES);
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
      default -> Integer.toString(n);
    };
  }

  /** Chinese counting: 一 … 十, 十一, 二十, 一百零一, 一千零一十. Above 9999, decimal. */
  private static String counting(int n, String digits, String[] units, boolean shortTens) {
    if (n <= 0 || n > 9999) {
      return n == 0 ? digits.substring(0, 1) : Integer.toString(n);
    }
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    int[] powers = {1000, 100, 10, 1};
    for (int i = 0; i < powers.length; i++) {
      int digit = n / powers[i] % 10;
      if (digit == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append(digits.charAt(0));
        zero = false;
      }
      out.append(digits.charAt(digit)).append(units[i]);
    }
    if (shortTens && n >= 10 && n < 20) {
      out.deleteCharAt(0);
    }
    return out.toString();
  }

  private static String cycle(int n, String symbols) {
    return n <= 0 ? Integer.toString(n)
        : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
  }

  private static String digits(int n) {
    StringBuilder out = new StringBuilder();
    for (char ch : Integer.toString(n).toCharArray()) {
      out.append(ch == '-' ? ch : IDEOGRAPH_DIGITS.charAt(ch - '0'));
    }
    return out.toString();
  }

  private static String fullWidth(int n) {
    StringBuilder out = new StringBuilder();
    for (char ch : Integer.toString(n).toCharArray()) {
      out.append(ch == '-' ? ch : (char) ('\uFF10' + (ch - '0')));
    }
    return out.toString();
  }

  private static String enclosed(int n, char first, int count) {
    return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
  }

  /** Word repeats the letter past Z: A … Z, AA, BB … */
  private static String letters(int n, char a) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }
}
