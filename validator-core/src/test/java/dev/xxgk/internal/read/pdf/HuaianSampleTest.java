package dev.xxgk.internal.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xxgk.Samples;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real 淮安市 2024 report (made with WPS) from {@code ../shared/samples}, next to the
 * repository, and checks the table 3 and table 4 grids against the hand-made answer key. Skipped
 * on a clone without {@code ../shared}.
 */
class HuaianSampleTest {

  private static final List<String> T3_COLUMNS = List.of("natural_person",
      "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org",
      "other_org", "total");
  private static final List<String> T4_BLOCKS =
      List.of("review", "litigation_direct", "litigation_after_review");
  private static final List<String> T4_COLUMNS =
      List.of("upheld", "corrected", "other", "pending", "total");

  /** Table 3 rows: key, group label (or empty), item label, after normalisation. */
  private static final String[][] T3_ROWS = {
      {"received", "", "一、本年新收政府信息公开申请数量"},
      {"carried_over", "", "二、上年结转政府信息公开申请数量"},
      {"granted", "", "(一)予以公开"},
      {"partially_granted", "", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"},
      {"withheld.state_secret", "(三)不予公开", "1.属于国家秘密"},
      {"withheld.prohibited_by_law", "(三)不予公开", "2.其他法律行政法规禁止公开"},
      {"withheld.security_stability", "(三)不予公开", "3.危及“三安全一稳定”"},
      {"withheld.third_party_rights", "(三)不予公开", "4.保护第三方合法权益"},
      {"withheld.internal_affairs", "(三)不予公开", "5.属于三类内部事务信息"},
      {"withheld.process_information", "(三)不予公开", "6.属于四类过程性信息"},
      {"withheld.enforcement_files", "(三)不予公开", "7.属于行政执法案卷"},
      {"withheld.query_matters", "(三)不予公开", "8.属于行政查询事项"},
      {"unavailable.not_held", "(四)无法提供", "1.本机关不掌握相关政府信息"},
      {"unavailable.needs_creation", "(四)无法提供", "2.没有现成信息需要另行制作"},
      {"unavailable.unclear_after_correction", "(四)无法提供", "3.补正后申请内容仍不明确"},
      {"not_processed.complaint", "(五)不予处理", "1.信访举报投诉类申请"},
      {"not_processed.repeated", "(五)不予处理", "2.重复申请"},
      {"not_processed.publication", "(五)不予处理", "3.要求提供公开出版物"},
      {"not_processed.excessive", "(五)不予处理", "4.无正当理由大量反复申请"},
      {"not_processed.confirmation", "(五)不予处理", "5.要求行政机关确认或重新出具已获取信息"},
      {"other.no_correction", "(六)其他处理",
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
      {"other.fee_unpaid", "(六)其他处理",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
      {"other.other", "(六)其他处理", "3.其他"},
      {"total", "", "(七)总计"},
      {"carried_forward", "", "四、结转下年度继续办理"}};

  private static Document doc;
  private static Map<String, Integer> key;

  @BeforeAll
  static void read() throws Exception {
    Path pdf = Samples.require("huaian-city-2024.pdf");
    Path answers = Samples.require("huaian-city-2024.cells.json");
    doc = Readers.read(Source.of(pdf.getFileName().toString(), Files.readAllBytes(pdf)));
    key = new ObjectMapper().readValue(answers.toFile(),
        new TypeReference<Map<String, Integer>>() {});
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return n.replaceFirst("^(\\d+)、", "$1.");
  }

  static TableGrid tableWith(Document d, String label) {
    return d.tables().stream()
        .filter(t -> t.readingOrder().stream().anyMatch(c -> norm(c.text()).equals(norm(label))))
        .findFirst().orElseThrow(() -> new AssertionError("no table with " + label));
  }

  @Test
  void table3HasEveryLabelAndEveryValueInItsRow() {
    TableGrid t3 = tableWith(doc, "申请人情况");

    assertThat(doc.tables()).hasSize(3);
    assertThat(t3.readingOrder()).extracting(c -> norm(c.text())).contains("自然人",
        "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
        norm("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), "三、本年度办理结果");
    for (String[] row : T3_ROWS) {
      List<GridCell> cells = row(t3, row[1], row[2]);
      List<String> values = cells.subList(cells.size() - 7, cells.size()).stream()
          .map(GridCell::text).toList();
      List<String> expected = new ArrayList<>();
      T3_COLUMNS.forEach(c -> expected.add(String.valueOf(key.get("t3." + row[0] + "." + c))));
      assertThat(values).as(row[0]).isEqualTo(expected);
    }
  }

  @Test
  void table4HasEveryLabelAndTheFifteenValuesInOrder() {
    TableGrid t4 = tableWith(doc, "行政复议");

    List<String> labels = t4.readingOrder().stream().map(c -> norm(c.text())).toList();
    assertThat(labels).containsSubsequence("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果",
        "尚未审结", "总计", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结",
        "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    List<String> expected = new ArrayList<>();
    for (String block : T4_BLOCKS) {
      T4_COLUMNS.forEach(c -> expected.add(String.valueOf(key.get("t4." + block + "." + c))));
    }
    List<GridCell> last = t4.rows().get(t4.rows().size() - 1);
    assertThat(last).extracting(GridCell::text).isEqualTo(expected);
  }

  @Test
  void pageNumbersAreGone() {
    assertThat(PdfReaderTest.paragraphs(doc)).noneMatch(PageFurniture::isPageNumber)
        .contains("六、其他需要报告的事项");
  }

  private static List<GridCell> row(TableGrid t, String group, String item) {
    for (List<GridCell> cells : t.rows()) {
      List<String> labels = cells.subList(0, 3).stream().map(c -> norm(c.text())).toList();
      if (labels.contains(norm(item)) && (group.isEmpty() || labels.contains(norm(group)))) {
        return cells;
      }
    }
    throw new AssertionError("no row " + group + " " + item);
  }
}
