package dev.xxgk.internal.read.html;

import static dev.xxgk.internal.read.html.HtmlReaderTest.paragraphs;
import static dev.xxgk.internal.read.html.HtmlReaderTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTableTest {

  @Test
  void aLayoutTableDoesNotSwallowTheDataTablesInsideIt() throws InputProblem {
    String page = """
        <table width="100%"><tr>
        <td class="left"><p>栏目导航</p></td>
        <td class="main">
          <table><tr><td align="center"><h2>某局2024年政府信息公开工作年度报告</h2></td></tr></table>
          <p>一、总体情况</p><p>本年度工作有序推进。</p>
          <p>三、收到和处理政府信息公开申请情况</p>
          <table border="1"><tr><td>自然人</td><td>总计</td></tr><tr><td>4</td><td>4</td></tr></table>
          <p>四、政府信息公开行政复议、行政诉讼情况</p>
          <table border="1"><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>1</td></tr></table>
        </td></tr></table>
        """;

    Document doc = HtmlReader.parse(page);

    assertThat(doc.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly(
        "Paragraph", "Paragraph", "Paragraph", "Paragraph", "TableGrid", "Paragraph", "TableGrid");
    assertThat(paragraphs(doc)).containsExactly("某局2024年政府信息公开工作年度报告", "一、总体情况",
        "本年度工作有序推进。", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    assertThat(doc.tables()).extracting(t -> texts(t.rows().get(0)))
        .containsExactly(List.of("自然人", "总计"), List.of("行政复议", "行政诉讼"));
    assertThat(doc.tables()).extracting(t -> t.pos().table()).containsExactly(0, 1);
  }

  @Test
  void aOneCellWrapperTableIsReadAsParagraphs() throws InputProblem {
    Document doc = HtmlReader.parse("<table><tr><td><p>一、总体情况</p><p>正文。</p></td></tr></table>");

    assertThat(doc.tables()).isEmpty();
    assertThat(paragraphs(doc)).containsExactly("一、总体情况", "正文。");
  }

  @Test
  void aTableWithACellOfRunningTextIsLayout() throws InputProblem {
    String prose = "本年度，本局坚持以公开为常态、不公开为例外。".repeat(20);
    Document doc = HtmlReader.parse("<table><tr><td>一、总体情况</td><td><p>" + prose
        + "</p></td></tr></table>");

    assertThat(doc.tables()).isEmpty();
    assertThat(paragraphs(doc)).containsExactly("一、总体情况", prose);
  }

  @Test
  void aTwoColumnTableOfShortCellsIsData() {
    assertThat(HtmlTables.isLayout(table("<table><tr><td>规章</td><td>0</td></tr></table>")))
        .isFalse();
  }

  private static org.jsoup.nodes.Element table(String html) {
    return org.jsoup.Jsoup.parse(html).selectFirst("table");
  }
}
