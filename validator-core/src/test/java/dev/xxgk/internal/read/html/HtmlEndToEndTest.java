package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.Defect;
import dev.xxgk.FileResult;
import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Cell;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report page read through the facade: the right cells, and no defects when it is clean. */
class HtmlEndToEndTest {

  private static final Xxgk XXGK = Xxgk.create();

  private static FileResult check(byte[] bytes) {
    return XXGK.check("report.html", bytes);
  }

  private static String describe(FileResult r) {
    StringBuilder sb = new StringBuilder();
    r.defects().forEach(d -> sb.append(d.rule()).append(' ').append(d.location()).append(" — ")
        .append(XXGK.message(d, Locale.ENGLISH)).append('\n'));
    return sb.toString();
  }

  @Test
  void aCleanReportPageHasNoDefects() {
    FileResult result = check(CompleteReport.html().getBytes(StandardCharsets.UTF_8));

    assertThat(result.status()).isEqualTo(FileResult.Status.CHECKED);
    assertThat(result.defects()).as(describe(result)).isEmpty();
  }

  @Test
  void theReportsMetadataAndTableCellsComeOutOfThePage() {
    AnnualReport report = check(CompleteReport.html().getBytes(StandardCharsets.UTF_8)).report();

    assertThat(report).isNotNull();
    assertThat(report.title()).isEqualTo(CompleteReport.TITLE);
    assertThat(report.year()).isEqualTo(2024);
    assertThat(report.sections()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(report.value("t3.received.total")).contains(new BigDecimal(13));
    assertThat(report.value("t3.received.natural_person")).contains(new BigDecimal(10));
    assertThat(report.value("t3.unavailable.not_held.commercial_enterprise"))
        .contains(new BigDecimal(1));
    assertThat(report.value("t3.carried_forward.total")).contains(new BigDecimal(1));
    assertThat(report.value("t2.normative_documents.in_force")).contains(new BigDecimal(10));
    assertThat(report.value("t2.licensing.decisions")).contains(new BigDecimal(120));
    assertThat(report.value("t2.coercion.decisions")).contains(new BigDecimal(3));
    assertThat(report.value("t4.litigation_after_review.total")).contains(BigDecimal.ZERO);
  }

  @Test
  void cellsPointAtTheirTableRowColumnAndSourceLine() {
    AnnualReport report = check(CompleteReport.html().getBytes(StandardCharsets.UTF_8)).report();

    Cell received = report.cells().get("t3.received.total");
    assertThat(received.source().table()).isEqualTo(1);
    assertThat(received.source().row()).isEqualTo(3);
    assertThat(received.source().column()).isEqualTo(9);
    assertThat(received.source().line()).isPositive();
  }

  @Test
  void theSamePageInGbkWithoutACharsetGivesTheSameCells() {
    String page = CompleteReport.html().replace("<meta charset=\"utf-8\">\n", "");
    FileResult utf8 = check(CompleteReport.html().getBytes(StandardCharsets.UTF_8));
    FileResult gbk = check(page.getBytes(Charset.forName("GBK")));

    assertThat(gbk.defects()).as(describe(gbk)).isEmpty();
    assertThat(gbk.report().cells().keySet()).isEqualTo(utf8.report().cells().keySet());
    assertThat(gbk.report().value("t3.received.total")).contains(new BigDecimal(13));
  }

  @Test
  void anArithmeticSlipInAnHtmlTableIsFoundAtItsCell() {
    String page = CompleteReport.html().replaceFirst(
        "<td>13</td></tr>\n<tr><td colspan=\"3\">二、", "<td>14</td></tr>\n<tr><td colspan=\"3\">二、");
    FileResult result = check(page.getBytes(StandardCharsets.UTF_8));

    List<String> rules = result.defects().stream().map(Defect::rule).toList();
    assertThat(rules).as(describe(result)).contains("t3.applicant-total");
  }

  @Test
  void aPageOfImagesIsAnInputDefectWithAReadableMessage() {
    FileResult result = check(("<html><head><meta charset=\"utf-8\"></head><body>"
        + "<img src=\"page1.png\"><img src=\"page2.png\"></body></html>")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(result.status()).isEqualTo(FileResult.Status.UNREADABLE);
    assertThat(result.defects()).extracting(Defect::rule).containsExactly("input.no-text");
    assertThat(XXGK.message(result.defects().get(0), Locale.ENGLISH))
        .contains("the page holds no text").doesNotContain("{");
  }

  @Test
  void aPageWithOnlyChromeSaysTheReportIsNotInIt() {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
        + "<nav class=\"menu\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a></nav>"
        + "<div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>"
        + "<div class=\"content\"></div><footer>版权所有：某市人民政府办公室</footer></body></html>";
    FileResult result = check(page.getBytes(StandardCharsets.UTF_8));

    assertThat(result.defects()).extracting(Defect::rule).containsExactly("input.no-text");
    assertThat(XXGK.message(result.defects().get(0), Locale.SIMPLIFIED_CHINESE))
        .contains("没有报告正文");
  }

  @Test
  void aPageCutOffInTheMiddleOfTable3ReportsTheMissingRowsAndTable4() {
    String html = CompleteReport.html();
    int cut = html.indexOf("（四）无法提供");
    assertThat(cut).isPositive();
    FileResult result = check(html.substring(0, cut).getBytes(StandardCharsets.UTF_8));

    assertThat(result.status()).isEqualTo(FileResult.Status.CHECKED);
    assertThat(result.defects()).filteredOn(d -> d.rule().equals("table.row-missing"))
        .extracting(d -> d.location().row())
        .contains("unavailable.not_held", "not_processed.complaint", "total", "carried_forward");
    assertThat(result.defects()).filteredOn(d -> d.rule().equals("table.missing"))
        .extracting(d -> d.location().table()).containsExactly("t4");
    assertThat(result.defects()).extracting(Defect::rule).contains("section.missing")
        .doesNotContain("t3.balance", "t3.outcome-total");
  }
}
