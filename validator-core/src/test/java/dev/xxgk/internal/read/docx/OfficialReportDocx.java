package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.PoiDocs.c;
import static dev.xxgk.internal.read.docx.PoiDocs.cont;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A complete 2021-format report as a Word user would make it: the six part headings and the
 * five aspects of part 1 numbered automatically, the three tables in the official layout with
 * their merged header cells. Every identity of tables 3 and 4 holds.
 */
final class OfficialReportDocx {

  static final String TITLE = "江川市商务局2024年政府信息公开工作年度报告";
  static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  private static final List<String> T3_COLUMNS = List.of("natural_person",
      "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org",
      "other_org", "total");
  private static final String[][] T3_GROUPS = {
      {"（三）不予公开", "withheld.state_secret", "1.属于国家秘密",
          "withheld.prohibited_by_law", "2.其他法律行政法规禁止公开",
          "withheld.security_stability", "3.危及“三安全一稳定”",
          "withheld.third_party_rights", "4.保护第三方合法权益",
          "withheld.internal_affairs", "5.属于三类内部事务信息",
          "withheld.process_information", "6.属于四类过程性信息",
          "withheld.enforcement_files", "7.属于行政执法案卷",
          "withheld.query_matters", "8.属于行政查询事项"},
      {"（四）无法提供", "unavailable.not_held", "1.本机关不掌握相关政府信息",
          "unavailable.needs_creation", "2.没有现成信息需要另行制作",
          "unavailable.unclear_after_correction", "3.补正后申请内容仍不明确"},
      {"（五）不予处理", "not_processed.complaint", "1.信访举报投诉类申请",
          "not_processed.repeated", "2.重复申请", "not_processed.publication", "3.要求提供公开出版物",
          "not_processed.excessive", "4.无正当理由大量反复申请",
          "not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"},
      {"（六）其他处理", "other.no_correction",
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "other.other", "3.其他"}};
  private static final List<String> T4_BLOCKS =
      List.of("review", "litigation_direct", "litigation_after_review");
  private static final List<String> T4_LEAVES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
  private static final List<String> T4_COLUMNS =
      List.of("upheld", "corrected", "other", "pending", "total");

  /** Cell key → text as printed. */
  final Map<String, String> cells = new LinkedHashMap<>();

  OfficialReportDocx() {
    String[][] t2 = {{"regulations.issued", "0"}, {"regulations.repealed", "0"},
        {"regulations.in_force", "0"}, {"normative_documents.issued", "3"},
        {"normative_documents.repealed", "1"}, {"normative_documents.in_force", "25"},
        {"licensing.decisions", "856"}, {"penalty.decisions", "120"}, {"coercion.decisions", "3"},
        {"fees.amount", "0"}};
    for (String[] kv : t2) {
      cells.put("t2." + kv[0], kv[1]);
    }
    t3("received", 10, 2);
    t3("carried_over", 1, 0);
    t3("granted", 6, 1);
    t3("partially_granted", 2, 0);
    for (String[] group : T3_GROUPS) {
      for (int i = 1; i < group.length; i += 2) {
        t3(group[i], 0, 0);
      }
    }
    t3("withheld.third_party_rights", 1, 0);
    t3("unavailable.not_held", 0, 1);
    t3("not_processed.repeated", 1, 0);
    t3("total", 10, 2);
    t3("carried_forward", 1, 0);
    for (String block : T4_BLOCKS) {
      for (String column : T4_COLUMNS) {
        cells.put("t4." + block + "." + column, block.equals("review")
            && (column.equals("upheld") || column.equals("total")) ? "1" : "0");
      }
    }
  }

  private void t3(String row, int person, int enterprise) {
    for (String column : T3_COLUMNS) {
      int v = switch (column) {
        case "natural_person" -> person;
        case "commercial_enterprise" -> enterprise;
        case "total" -> person + enterprise;
        default -> 0;
      };
      cells.put("t3." + row + "." + column, Integer.toString(v));
    }
  }

  byte[] bytes() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger list = PoiDocs.outlineList(doc);
    PoiDocs.paragraph(doc, TITLE).setAlignment(ParagraphAlignment.CENTER);
    PoiDocs.paragraph(doc, "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室"
        + "《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。"
        + "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。");
    PoiDocs.paragraph(doc, "如对本报告有疑问，请与江川市商务局办公室联系（地址：江川市人民路128号，"
        + "邮编：325012，电话：0577-81234567）。");
    heading(doc, list, 0);
    PoiDocs.paragraph(doc, "2024年，江川市商务局认真贯彻落实《中华人民共和国政府信息公开条例》，"
        + "围绕主动公开、依申请公开、政府信息管理、平台建设和监督保障五个方面推进政府信息公开工作。");
    PoiDocs.numbered(doc, list, 1, "主动公开。全年通过门户网站主动公开政府信息356条。");
    PoiDocs.numbered(doc, list, 1, "依申请公开。严格按照法定时限答复，做到件件有回应。");
    PoiDocs.numbered(doc, list, 1, "政府信息管理。加强公开前保密审查，动态更新政府信息公开目录。");
    PoiDocs.numbered(doc, list, 1, "平台建设。优化政府信息公开专栏，提升检索便利性。");
    PoiDocs.numbered(doc, list, 1, "监督保障。将政务公开纳入年度考核，开展培训2次。");
    heading(doc, list, 1);
    table2(doc);
    heading(doc, list, 2);
    table3(doc);
    heading(doc, list, 3);
    table4(doc);
    heading(doc, list, 4);
    PoiDocs.paragraph(doc, "存在的主要问题：政策解读形式较为单一，公开内容的针对性有待提高。");
    PoiDocs.paragraph(doc, "改进情况：丰富图表、视频等解读形式，加强对重点领域信息公开的检查。");
    heading(doc, list, 5);
    PoiDocs.paragraph(doc, "本年度信息处理费通知收取0件，通知收取金额0元，实际收取金额0元。");
    PoiDocs.paragraph(doc, "本机关无其他需要报告的事项。");
    return PoiDocs.bytes(doc);
  }

  /** A part heading: automatic numbering supplies {@code 一、}, the text is the rest. */
  private static void heading(XWPFDocument doc, BigInteger list, int part) {
    PoiDocs.numbered(doc, list, 0, HEADINGS.get(part).substring(2));
  }

  private void table2(XWPFDocument doc) {
    List<PoiDocs.Cell[]> rows = new ArrayList<>();
    block(rows, "第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"));
    rows.add(valueRow("规章", "t2.regulations.", "issued", "repealed", "in_force"));
    rows.add(valueRow("行政规范性文件", "t2.normative_documents.", "issued", "repealed", "in_force"));
    block(rows, "第二十条第（五）项", List.of("本年处理决定数量"));
    rows.add(wideRow("行政许可", "t2.licensing.decisions"));
    block(rows, "第二十条第（六）项", List.of("本年处理决定数量"));
    rows.add(wideRow("行政处罚", "t2.penalty.decisions"));
    rows.add(wideRow("行政强制", "t2.coercion.decisions"));
    block(rows, "第二十条第（八）项", List.of("本年收费金额（单位：万元）"));
    rows.add(wideRow("行政事业性收费", "t2.fees.amount"));
    PoiDocs.table(doc, rows.toArray(PoiDocs.Cell[][]::new));
  }

  private static void block(List<PoiDocs.Cell[]> rows, String title, List<String> columns) {
    rows.add(new PoiDocs.Cell[] {c(title).span(4)});
    List<PoiDocs.Cell> head = new ArrayList<>(List.of(c("信息内容")));
    columns.forEach(h -> head.add(columns.size() == 1 ? c(h).span(3) : c(h)));
    rows.add(head.toArray(PoiDocs.Cell[]::new));
  }

  private PoiDocs.Cell[] valueRow(String label, String prefix, String... columns) {
    List<PoiDocs.Cell> row = new ArrayList<>(List.of(c(label)));
    for (String column : columns) {
      row.add(c(cells.get(prefix + column)));
    }
    return row.toArray(PoiDocs.Cell[]::new);
  }

  private PoiDocs.Cell[] wideRow(String label, String key) {
    return new PoiDocs.Cell[] {c(label), c(cells.get(key)).span(3)};
  }

  private void table3(XWPFDocument doc) {
    List<PoiDocs.Cell[]> rows = new ArrayList<>();
    rows.add(new PoiDocs.Cell[] {c(NOTE).span(3).restart(), c("申请人情况").span(7)});
    rows.add(new PoiDocs.Cell[] {cont().span(3), c("自然人").restart(), c("法人或其他组织").span(5),
        c("总计").restart()});
    rows.add(new PoiDocs.Cell[] {cont().span(3), cont(), c("商业企业"), c("科研机构"), c("社会公益组织"),
        c("法律服务机构"), c("其他"), cont()});
    rows.add(t3Row("received", c("一、本年新收政府信息公开申请数量").span(3)));
    rows.add(t3Row("carried_over", c("二、上年结转政府信息公开申请数量").span(3)));
    rows.add(t3Row("granted", c("三、本年度办理结果").restart(), c("（一）予以公开").span(2)));
    rows.add(t3Row("partially_granted", cont(),
        c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").span(2)));
    for (String[] group : T3_GROUPS) {
      for (int i = 1; i < group.length; i += 2) {
        rows.add(t3Row(group[i], cont(), i == 1 ? c(group[0]).restart() : cont(), c(group[i + 1])));
      }
    }
    rows.add(t3Row("total", cont(), c("（七）总计").span(2)));
    rows.add(t3Row("carried_forward", c("四、结转下年度继续办理").span(3)));
    PoiDocs.table(doc, rows.toArray(PoiDocs.Cell[][]::new));
  }

  private PoiDocs.Cell[] t3Row(String row, PoiDocs.Cell... labels) {
    List<PoiDocs.Cell> out = new ArrayList<>(List.of(labels));
    T3_COLUMNS.forEach(column -> out.add(c(cells.get("t3." + row + "." + column))));
    return out.toArray(PoiDocs.Cell[]::new);
  }

  private void table4(XWPFDocument doc) {
    List<PoiDocs.Cell> second = new ArrayList<>();
    T4_LEAVES.forEach(leaf -> second.add(c(leaf).restart()));
    second.add(c("未经复议直接起诉").span(5));
    second.add(c("复议后起诉").span(5));
    List<PoiDocs.Cell> third = new ArrayList<>();
    T4_LEAVES.forEach(leaf -> third.add(cont()));
    for (int i = 0; i < 2; i++) {
      T4_LEAVES.forEach(leaf -> third.add(c(leaf)));
    }
    List<PoiDocs.Cell> values = new ArrayList<>();
    for (String block : T4_BLOCKS) {
      T4_COLUMNS.forEach(column -> values.add(c(cells.get("t4." + block + "." + column))));
    }
    PoiDocs.table(doc, new PoiDocs.Cell[] {c("行政复议").span(5), c("行政诉讼").span(10)},
        second.toArray(PoiDocs.Cell[]::new), third.toArray(PoiDocs.Cell[]::new),
        values.toArray(PoiDocs.Cell[]::new));
  }
}
