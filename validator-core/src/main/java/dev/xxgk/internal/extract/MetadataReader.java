package dev.xxgk.internal.extract;

import dev.xxgk.internal.text.ChineseNumerals;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.Fees;
import dev.xxgk.model.Period;
import dev.xxgk.model.ReportKind;
import dev.xxgk.model.SourceRef;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads title, issuer, year, kind, statistics period and the fee statement from the text. */
final class MetadataReader {

  private static final Pattern TITLE_ISSUER_FIRST =
      Pattern.compile("^(.+?)(\\d{4})年度?(?:政府信息公开|政务公开|信息公开).*(?:年度报告|年报)$");
  private static final Pattern TITLE_YEAR_FIRST =
      Pattern.compile("^(\\d{4})年度?(.+?)(?:政府信息公开|政务公开|信息公开).*(?:年度报告|年报)$");
  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{4})\\s*年?\\s*(\\d{1,2})\\s*月?\\s*(\\d{1,2})\\s*日\\s*(?:起)?\\s*(?:至|到|—|-|~|～)\\s*"
          + "(?:(\\d{4})\\s*年?\\s*)?(\\d{1,2})\\s*月?\\s*(\\d{1,2})\\s*日");
  private static final String NUM = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)";
  private static final Pattern FEE_NOTICES = Pattern.compile("通知收取[^0-9零〇一二两三四五六七八九十，。,]{0,6}?" + NUM + "件");
  private static final Pattern FEE_NOTIFIED = Pattern.compile("通知收取(?:的)?(?:信息处理费)?金额(?:为)?" + NUM + "元");
  private static final Pattern FEE_COLLECTED = Pattern.compile("实际收取(?:的)?(?:信息处理费)?(?:金额)?(?:为)?" + NUM + "元");
  private static final Pattern FEE_NONE = Pattern.compile("未(?:发生|有)?收取(?:任何)?(?:信息处理费|费用)|没有收取信息处理费|未发生收费");

  private MetadataReader() {}

  /** True when a line reads like a report title. */
  static boolean isTitle(String text) {
    String n = Normalizer.label(text);
    return n.length() <= 80 && (n.endsWith("年度报告") || n.endsWith("年报"))
        && n.matches(".*\\d{4}.*") && !n.contains("。");
  }

  /** Issuer and year from the title; either may be null. */
  static Object[] issuerAndYear(@Nullable String title) {
    if (title == null) {
      return new Object[] {null, null};
    }
    String n = Normalizer.label(title);
    Matcher m = TITLE_ISSUER_FIRST.matcher(n);
    if (m.matches()) {
      return new Object[] {m.group(1), Integer.parseInt(m.group(2))};
    }
    m = TITLE_YEAR_FIRST.matcher(n);
    if (m.matches()) {
      return new Object[] {m.group(2), Integer.parseInt(m.group(1))};
    }
    Matcher y = Pattern.compile("(20\\d{2})年").matcher(n);
    return new Object[] {null, y.find() ? Integer.parseInt(y.group(1)) : null};
  }

  static ReportKind kind(@Nullable String issuer) {
    if (issuer == null) {
      return ReportKind.UNKNOWN;
    }
    if (issuer.endsWith("人民政府") || issuer.endsWith("政府")
        || issuer.matches(".*(省|市|县|区|旗|镇|乡|街道|自治州|盟)")) {
      return ReportKind.GOVERNMENT;
    }
    return ReportKind.DEPARTMENT;
  }

  static @Nullable Period period(String text, SourceRef pos) {
    Matcher m = PERIOD.matcher(Normalizer.text(text));
    if (!m.find()) {
      return null;
    }
    try {
      int y1 = Integer.parseInt(m.group(1));
      int y2 = m.group(4) == null ? y1 : Integer.parseInt(m.group(4));
      LocalDate from = LocalDate.of(y1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalDate to = LocalDate.of(y2, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      return new Period(from, to, m.group(), pos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static @Nullable Fees fees(String part6, SourceRef pos) {
    String t = Normalizer.label(part6);
    Integer notices = number(FEE_NOTICES, t) == null ? null : number(FEE_NOTICES, t).intValue();
    BigDecimal notified = number(FEE_NOTIFIED, t);
    BigDecimal collected = number(FEE_COLLECTED, t);
    if (collected == null && FEE_NONE.matcher(t).find()) {
      collected = BigDecimal.ZERO;
    }
    if (notices == null && notified == null && collected == null) {
      return null;
    }
    return new Fees(notices, notified, collected, pos);
  }

  private static @Nullable BigDecimal number(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    String n = m.group(1);
    if (Character.isDigit(n.charAt(0))) {
      return new BigDecimal(n);
    }
    Integer v = ChineseNumerals.parse(n);
    return v == null ? null : BigDecimal.valueOf(v);
  }
}
