package dev.xxgk.internal.read.html;

import java.util.List;

/** Small HTML pages in the official layout (spec §3), written for these tests. */
final class HtmlPages {

  static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  static final List<String> WITHHELD = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
      "7.属于行政执法案卷", "8.属于行政查询事项");
  static final List<String> UNAVAILABLE =
      List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
  static final List<String> NOT_PROCESSED = List.of("1.信访举报投诉类申请", "2.重复申请",
      "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
  static final List<String> OTHER = List.of(
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");

  private HtmlPages() {}

  /**
   * Table 3 of the 2021 format, one {@code <tr>} a line, starting on the line after the {@code
   * <table>} line. Every value cell holds {@code value(row, column)} for data row 0..24.
   */
  static String table3() {
    StringBuilder h = new StringBuilder("<table border=\"1\">\n");
    h.append("<tr><td colspan=\"3\" rowspan=\"3\">").append(NOTE)
        .append("</td><td colspan=\"7\">申请人情况</td></tr>\n");
    h.append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td>"
        + "<td rowspan=\"2\">总计</td></tr>\n");
    h.append("<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td>"
        + "<td>其他</td></tr>\n");
    int[] row = {0};
    h.append(dataRow(row, "<td colspan=\"3\">一、本年新收政府信息公开申请数量</td>"));
    h.append(dataRow(row, "<td colspan=\"3\">二、上年结转政府信息公开申请数量</td>"));
    h.append(dataRow(row, "<td rowspan=\"22\">三、本年度办理结果</td>"
        + "<td colspan=\"2\">（一）予以公开</td>"));
    h.append(dataRow(row,
        "<td colspan=\"2\">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>"));
    group(h, row, "（三）不予公开", WITHHELD);
    group(h, row, "（四）无法提供", UNAVAILABLE);
    group(h, row, "（五）不予处理", NOT_PROCESSED);
    group(h, row, "（六）其他处理", OTHER);
    h.append(dataRow(row, "<td colspan=\"2\">（七）总计</td>"));
    h.append(dataRow(row, "<td colspan=\"3\">四、结转下年度继续办理</td>"));
    return h.append("</table>\n").toString();
  }

  static final String TITLE = "某市某局2024年政府信息公开工作年度报告";

  /** A report's content as a portal shows it: title, info line, then the six parts. */
  static String article(String table2, String table3, String table4) {
    return "<div class=\"article\">\n"
        + "<h1 class=\"title\">" + TITLE + "</h1>\n"
        + "<div class=\"info\">发布时间：2025-01-20</div>\n"
        + "<div class=\"content\" id=\"zoom\">\n"
        + "<p>本报告依据《中华人民共和国政府信息公开条例》编制。</p>\n"
        + "<p>一、总体情况</p>\n<p>2024年，本局认真贯彻落实条例。</p>\n"
        + "<p>二、主动公开政府信息情况</p>\n" + table2
        + "<p>三、收到和处理政府信息公开申请情况</p>\n" + table3
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n" + table4
        + "<p>五、存在的主要问题及改进情况</p>\n<p>公开内容还不够全面。</p>\n"
        + "<p>六、其他需要报告的事项</p>\n<p>本机关未收取信息处理费。</p>\n"
        + "</div>\n</div>\n";
  }

  /** The paragraphs of {@link #article} in order, with the info line. */
  static final List<String> ARTICLE_PARAGRAPHS = List.of(TITLE, "发布时间：2025-01-20",
      "本报告依据《中华人民共和国政府信息公开条例》编制。", "一、总体情况", "2024年，本局认真贯彻落实条例。",
      "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "公开内容还不够全面。", "六、其他需要报告的事项", "本机关未收取信息处理费。");

  static String page(String body) {
    return "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>" + TITLE
        + "</title></head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  static String smallTable(String a, String b) {
    return "<table><tr><td>" + a + "</td><td>" + b + "</td></tr></table>\n";
  }

  static String value(int row, int column) {
    return Integer.toString(row * 10 + column);
  }

  private static void group(StringBuilder h, int[] row, String label, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      String head = i == 0 ? "<td rowspan=\"" + items.size() + "\">" + label + "</td>" : "";
      h.append(dataRow(row, head + "<td>" + items.get(i) + "</td>"));
    }
  }

  private static String dataRow(int[] row, String labels) {
    StringBuilder h = new StringBuilder("<tr>").append(labels);
    for (int c = 0; c < 7; c++) {
      h.append("<td>").append(value(row[0], c)).append("</td>");
    }
    row[0]++;
    return h.append("</tr>\n").toString();
  }
}
