package dev.xxgk.internal.read.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.FileResult;
import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Cell;
import dev.xxgk.model.Section;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A DOCX report in the official layout, read through the public facade. */
class DocxEndToEndTest {

  private static final OfficialReportDocx REPORT = new OfficialReportDocx();
  private static Xxgk xxgk;
  private static FileResult result;

  @BeforeAll
  static void check() {
    xxgk = Xxgk.create();
    result = xxgk.check("report.docx", REPORT.bytes());
  }

  @Test
  void readsTheReportWithoutDefects() {
    assertThat(result.status()).isEqualTo(FileResult.Status.CHECKED);
    assertThat(result.defects())
        .as(() -> result.defects().stream().map(d -> xxgk.message(d, Locale.ENGLISH))
            .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void findsAWrongTotalInTheDocxTable() {
    OfficialReportDocx wrong = new OfficialReportDocx();
    wrong.cells.put("t3.total.natural_person", "11");

    FileResult checked = xxgk.check("wrong.docx", wrong.bytes());

    assertThat(checked.defects()).isNotEmpty().allSatisfy(d ->
        assertThat(d.location().table()).isEqualTo("t3"));
    assertThat(checked.defects()).anySatisfy(d ->
        assertThat(d.location().cell()).isEqualTo("t3.total.natural_person"));
  }

  @Test
  void findsAllSixPartsByTheirAutomaticallyNumberedHeadings() {
    AnnualReport report = result.report();

    assertThat(report.title()).isEqualTo(OfficialReportDocx.TITLE);
    assertThat(report.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(report.sections()).extracting(s -> s.numeral() + "、" + s.heading())
        .containsExactlyElementsOf(OfficialReportDocx.HEADINGS);
    assertThat(report.section(1).orElseThrow().text()).contains("（三）政府信息管理。");
  }

  @Test
  void extractsEveryCellWithTheExactPrintedValue() {
    Map<String, Cell> cells = result.report().cells();

    assertThat(cells.keySet()).containsAll(REPORT.cells.keySet());
    REPORT.cells.forEach((key, printed) ->
        assertThat(cells.get(key).raw()).as(key).isEqualTo(printed));
    assertThat(cells.get("t3.received.natural_person").source().table()).isEqualTo(1);
  }
}
