package dev.xxgk.internal.read.html;

import java.util.List;

/**
 * A complete, consistent 2021-format report as a portal page, written for these tests: six parts,
 * tables 2, 3 and 4 in the official layout, numbers that add up and text that agrees with them.
 */
final class CompleteReport {

  static final String TITLE = "某市某局2024年政府信息公开工作年度报告";

  /** Table 3 values by row (25 rows, spec §3.2 order) and column (7, 总计 last). */
  static final int[][] T3 = {
      {10, 2, 0, 0, 1, 0, 13}, {1, 0, 0, 0, 0, 0, 1},
      {6, 1, 0, 0, 1, 0, 8}, {1, 0, 0, 0, 0, 0, 1},
      {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {1, 0, 0, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {2, 1, 0, 0, 0, 0, 3}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
      {10, 2, 0, 0, 1, 0, 13}, {1, 0, 0, 0, 0, 0, 1}};

  private CompleteReport() {}

  static String html() {
    return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + TITLE
        + "_某市人民政府</title>\n</head>\n<body>\n"
        + "<nav><a href=\"/\">首页</a> <a href=\"/xxgk\">政府信息公开</a></nav>\n"
        + "<div class=\"article\">\n<h1>" + TITLE + "</h1>\n<div class=\"content\">\n"
        + paragraphs(
            "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2024年1月1日起至"
                + "2024年12月31日止。如对本报告有疑问，请与某市某局办公室联系（地址：某市人民路1号，"
                + "邮编：100000，电话：010-12345678）。",
            "一、总体情况",
            "2024年，某局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开、依申请公开、政府信息管理、"
                + "平台建设和监督保障工作稳步推进。",
            "二、主动公开政府信息情况")
        + table2()
        + paragraphs("三、收到和处理政府信息公开申请情况",
            "2024年，本机关共收到政府信息公开申请13件，均已按时答复。")
        + table3()
        + paragraphs("四、政府信息公开行政复议、行政诉讼情况")
        + table4()
        + paragraphs("五、存在的主要问题及改进情况",
            "一是公开内容还不够全面；二是解读形式还不够丰富。下一步，我局将进一步完善公开目录，丰富解读形式。",
            "六、其他需要报告的事项",
            "本机关2024年未收取信息处理费。",
            "某市某局", "2025年1月20日")
        + "</div>\n</div>\n<footer>版权所有：某市人民政府</footer>\n</body>\n</html>\n";
  }

  private static String paragraphs(String... texts) {
    StringBuilder h = new StringBuilder();
    for (String t : texts) {
      h.append("<p>").append(t).append("</p>\n");
    }
    return h.toString();
  }

  static String table2() {
    return "<table border=\"1\">\n"
        + row("<td colspan=\"4\">第二十条第（一）项</td>")
        + row(cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"))
        + row(cells("规章", "0", "0", "0"))
        + row(cells("行政规范性文件", "2", "1", "10"))
        + block("第二十条第（五）项", "本年处理决定数量", List.of("行政许可"), List.of("120"))
        + block("第二十条第（六）项", "本年处理决定数量", List.of("行政处罚", "行政强制"),
            List.of("35", "3"))
        + block("第二十条第（八）项", "本年收费金额（单位：万元）", List.of("行政事业性收费"),
            List.of("0"))
        + "</table>\n";
  }

  private static String block(String title, String column, List<String> rows, List<String> values) {
    StringBuilder h = new StringBuilder(row("<td colspan=\"4\">" + title + "</td>"));
    h.append(row("<td>信息内容</td><td colspan=\"3\">" + column + "</td>"));
    for (int i = 0; i < rows.size(); i++) {
      h.append(row("<td>" + rows.get(i) + "</td><td colspan=\"3\">" + values.get(i) + "</td>"));
    }
    return h.toString();
  }

  static String table3() {
    String t3 = HtmlPages.table3();
    for (int r = T3.length - 1; r >= 0; r--) {
      for (int c = 6; c >= 0; c--) {
        t3 = t3.replace("<td>" + HtmlPages.value(r, c) + "</td>", "<td>\u0000" + T3[r][c] + "</td>");
      }
    }
    return t3.replace("\u0000", "");
  }

  static String table4() {
    String leaves = cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    return "<table border=\"1\">\n"
        + row("<td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td>")
        + row(leaves.replace("<td>", "<td rowspan=\"2\">")
            + "<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td>")
        + row(leaves + leaves)
        + row(cells("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"))
        + "</table>\n";
  }

  private static String row(String cells) {
    return "<tr>" + cells + "</tr>\n";
  }

  private static String cells(String... texts) {
    StringBuilder h = new StringBuilder();
    for (String t : texts) {
      h.append("<td>").append(t).append("</td>");
    }
    return h.toString();
  }
}
