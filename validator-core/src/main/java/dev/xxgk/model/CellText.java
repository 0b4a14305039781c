package dev.xxgk.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses printed cell text into numbers, with the placeholders the reports use for "nothing". */
public final class CellText {

  private static final Set<String> PLACEHOLDERS = Set.of("", "-", "—", "——", "–", "/", "无", "／", "－");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private CellText() {}

  public static boolean isPlaceholder(String raw) {
    return PLACEHOLDERS.contains(squeeze(raw));
  }

  /**
   * The number a cell prints, or null for a placeholder or text. Stray spaces, full-width digits
   * and thousands separators are accepted ({@code "1 234"}, {@code "１２"}, {@code "3,119"}).
   */
  public static @Nullable BigDecimal parse(String raw) {
    String s = squeeze(raw).replace(",", "").replace("，", "");
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (!NUMBER.matcher(s).matches()) {
      return null;
    }
    return new BigDecimal(s);
  }

  private static String squeeze(String raw) {
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw
        : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    return SPACES.matcher(s).replaceAll("").replace('−', '-');
  }
}
