package dev.xxgk.internal.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the committed CJK fixtures made by {@link PdfFixtureGenerator}. */
class PdfReaderTest {

  static Document read(String fixture) throws IOException, InputProblem {
    try (InputStream in = PdfReaderTest.class.getResourceAsStream("/pdf/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return Readers.read(Source.of(fixture, in.readAllBytes()));
    }
  }

  static List<String> texts(List<GridCell> cells) {
    return cells.stream().map(GridCell::text).toList();
  }

  static List<String> paragraphs(Document doc) {
    return doc.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }

  @Test
  void ruledTableWithMergedCellsAndVerticalHeaders() throws Exception {
    Document doc = read("ruled-merged.pdf");

    assertThat(doc.mediaType()).isEqualTo("application/pdf");
    assertThat(doc.tables()).hasSize(2);
    TableGrid t4 = doc.tables().get(1);
    assertThat(t4.rows()).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(15));
    assertThat(texts(t4.readingOrder())).containsExactly(
        "行政复议", "行政诉讼",
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
        "72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20");
    GridCell covered = t4.rows().get(0).get(4);
    assertThat(covered.origin()).isFalse();
    assertThat(covered.text()).isEqualTo("行政复议");
    assertThat(t4.rows().get(2).get(0)).satisfies(c -> {
      assertThat(c.origin()).isFalse();
      assertThat(c.text()).isEqualTo("结果维持");
    });
    assertThat(t4.rows().get(3).get(14).pos()).satisfies(p -> {
      assertThat(p.page()).isEqualTo(1);
      assertThat(p.table()).isEqualTo(1);
      assertThat(p.row()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(14);
      assertThat(p.line()).isNotNull();
    });
  }

  @Test
  void rowLabelsMergedOverRowsAndBlankCellsKeepTheirPlace() throws Exception {
    TableGrid t3 = read("ruled-merged.pdf").tables().get(0);

    assertThat(t3.rows()).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(5));
    assertThat(t3.rows().get(1).get(0).text()).isEqualTo("三、本年度办理结果");
    assertThat(t3.rows().get(4).get(0).origin()).isFalse();
    assertThat(texts(t3.rows().get(3))).containsExactly(
        "三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开", "", "0");
    GridCell blank = t3.rows().get(3).get(3);
    assertThat(blank.origin()).isTrue();
    assertThat(blank.pos().row()).isEqualTo(3);
    assertThat(texts(t3.readingOrder())).containsSubsequence(
        "（三）不予公开", "1.属于国家秘密", "1", "1", "2.其他法律行政法规禁止公开", "", "0",
        "3.危及“三安全一稳定”", "2", "2");
  }

  @Test
  void tableSplitAcrossPagesBecomesOneGrid() throws Exception {
    Document doc = read("split-table.pdf");

    assertThat(doc.tables()).hasSize(2);
    TableGrid joined = doc.tables().get(0);
    assertThat(joined.rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("项目", "项目", "自然人", "总计"),
        List.of("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "30", "31"),
        List.of("二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "3", "3"),
        List.of("（四）无法提供", "1.本机关不掌握相关政府信息", "7", "8"),
        List.of("（四）无法提供", "2.没有现成信息需要另行制作", "2", "2"),
        List.of("（四）无法提供", "3.补正后申请内容仍不明确", "", "0"),
        List.of("四、结转下年度继续办理", "四、结转下年度继续办理", "4", "4"));
    assertThat(joined.rows().get(4).get(0).origin()).isFalse();
    assertThat(joined.rows().get(4).get(1).pos().page()).isEqualTo(2);
    assertThat(joined.rows().get(3).get(1).pos().page()).isEqualTo(1);
    assertThat(doc.tables().get(1).pos().table()).isEqualTo(1);
  }

  @Test
  void headingBetweenTablesKeepsThemApartAndBlocksStayInReadingOrder() throws Exception {
    List<Block> blocks = read("split-table.pdf").blocks();

    assertThat(blocks).hasSize(5);
    assertThat(blocks.get(0)).isEqualTo(new Paragraph("某市2024年政府信息公开工作年度报告",
        dev.xxgk.model.SourceRef.pageLine(1, 2)));
    assertThat(blocks.get(3)).isInstanceOf(Paragraph.class)
        .extracting(b -> ((Paragraph) b).text()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(blocks.get(3).pos().page()).isEqualTo(2);
    assertThat(blocks.get(4)).isInstanceOf(TableGrid.class);
    assertThat(texts(((TableGrid) blocks.get(4)).readingOrder()))
        .containsExactly("行政复议", "行政诉讼", "5", "6");
  }

  @Test
  void pageNumbersAndRunningHeadersAreDropped() throws Exception {
    List<String> paragraphs = paragraphs(read("split-table.pdf"));

    assertThat(paragraphs).containsExactly(
        "某市2024年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况");
  }

  @Test
  void tableWithoutRulingLinesFromTextColumns() throws Exception {
    Document doc = read("unruled.pdf");

    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).rows()).extracting(PdfReaderTest::texts).containsExactly(
        List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
        List.of("规章", "1", "0", "11"),
        List.of("行政规范性文件", "8", "26", "66"),
        List.of("行政强制", "5", "", "7"));
    assertThat(paragraphs(doc)).containsExactly(
        "二、主动公开政府信息情况",
        "全年共受理政府信息公开申请3119件，其中自然人申请3001件，",
        "法人或其他组织申请118件，均已在法定期限内答复2 3");
  }
}
