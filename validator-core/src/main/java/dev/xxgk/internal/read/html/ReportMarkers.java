package dev.xxgk.internal.read.html;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the landmarks of a report page in paragraph text: the six part headings, the title,
 * and page tools (breadcrumbs, previous/next links, print and close buttons). Matching is loose on
 * purpose (it only steers where the content is; extraction matches labels exactly): after NFKC
 * and removing whitespace, a heading is a Chinese numeral 一 to 六, optionally 第…部分, then the
 * key phrase of a standard heading or of a variant of spec §2.3, in Simplified or Traditional
 * characters.
 */
final class ReportMarkers {

  private static final Pattern HEADING = Pattern.compile(
      "^第?[一二三四五六](?:部分)?[、.,:]?(?:"
          + "(?<p1>[总總][体體]情[况況])"
          + "|(?<p2>(?:行政机[关關])?主[动動]公[开開]政府信息)"
          + "|(?<p3>(?:行政机[关關])?收到和[处處]理政府信息公[开開]申[请請])"
          + "|(?<p4>因?政府信息公[开開](?:工作)?(?:被申[请請])?行政[复復][议議])"
          + "|(?<p5>(?:政府信息公[开開]工作)?存在的主要[问問][题題])"
          + "|(?<p6>其他(?:需要[报報]告的)?事[项項]))");

  private static final Pattern TITLE = Pattern.compile("年度[报報]告");
  private static final Pattern SENTENCE = Pattern.compile("[。，,；;《]");

  /** Matched after leading brackets such as {@code 【} are removed. */
  private static final List<String> PAGE_TOOLS = List.of(
      "当前位置", "您的位置", "您现在的位置", "您当前的位置", "您当前所在位置", "你的位置",
      "你现在的位置", "所在位置", "上一篇", "下一篇", "上一条", "下一条", "打印本页", "打印】",
      "打印]", "关闭窗口", "关闭本页", "关闭】", "关闭]", "分享到", "扫一扫", "字号:", "字体:");

  private static final Pattern LEADING_BRACKETS = Pattern.compile("^[【\\[(〔<《]+");

  static final int TITLE_MAX = 100;
  static final int PAGE_TOOL_MAX = 200;

  private ReportMarkers() {}

  /** The standard part (1 to 6) a paragraph starts with as a heading, or 0 when it does not. */
  static int part(String text) {
    Matcher m = HEADING.matcher(compact(text.length() > 200 ? text.substring(0, 200) : text));
    if (!m.find()) {
      return 0;
    }
    for (int part = 1; part <= 6; part++) {
      if (m.group("p" + part) != null) {
        return part;
      }
    }
    return 0;
  }

  /**
   * A short paragraph that names an annual report and reads like a title, not a sentence (no
   * {@code 。，；《}): a candidate for the report's title. A preamble sentence citing the format
   * notice (《…年度报告格式》) is not one.
   */
  static boolean isTitle(String text) {
    String s = compact(text);
    return s.length() <= TITLE_MAX && TITLE.matcher(s).find() && !SENTENCE.matcher(s).find();
  }

  /** Breadcrumbs, previous/next links, print/close/share buttons and font-size pickers. */
  static boolean isPageTool(String text) {
    String s = LEADING_BRACKETS.matcher(compact(text)).replaceFirst("");
    return s.length() <= PAGE_TOOL_MAX && PAGE_TOOLS.stream().anyMatch(s::startsWith);
  }

  static String compact(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
