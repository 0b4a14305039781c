package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import dev.xxgk.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  static List<String> paragraphs(Document doc) {
    return doc.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }

  static List<String> texts(List<GridCell> row) {
    return row.stream().map(GridCell::text).toList();
  }

  @Test
  void oneParagraphPerBlockElementInReadingOrder() throws InputProblem {
    Document doc = HtmlReader.parse("<h1>标题</h1><p>甲</p><div>乙<p>丙</p>丁</div>"
        + "<ul><li>戊</li><li>己<b>庚</b></li></ul><h3>辛</h3>");

    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(paragraphs(doc)).containsExactly("标题", "甲", "乙", "丙", "丁", "戊", "己庚", "辛");
  }

  @Test
  void brSeparatedLinesStayOneParagraph() throws InputProblem {
    Document doc = HtmlReader.parse("<p>第一行<br>第二行<br/><br/>第三行</p><p>另一段</p>");

    assertThat(paragraphs(doc)).containsExactly("第一行\n第二行\n第三行", "另一段");
  }

  @Test
  void paragraphsCarryTheSourceLineOfTheirFirstText() throws InputProblem {
    Document doc = HtmlReader.parse("<html>\n<body>\n<p>\n\n  甲</p>\n<div>乙</div>\n");

    assertThat(doc.blocks()).extracting(b -> b.pos())
        .containsExactly(SourceRef.line(3), SourceRef.line(6));
  }

  @Test
  void tablesAreNumberedInDocumentOrderAndACaptionIsAParagraphBeforeItsTable()
      throws InputProblem {
    Document doc = HtmlReader.parse("<p>前</p>\n" + HtmlPages.smallTable("a", "1")
        + "<p>中</p>\n<table><caption>三、收到和处理政府信息公开申请情况</caption>"
        + "<tr><td>b</td><td>2</td></tr></table>");

    assertThat(doc.blocks()).hasSize(5);
    assertThat(doc.blocks().get(3)).isEqualTo(
        new Paragraph("三、收到和处理政府信息公开申请情况", SourceRef.line(4)));
    assertThat(doc.tables()).extracting(t -> t.pos().table()).containsExactly(0, 1);
    assertThat(doc.tables().get(1).rows().get(0).get(1).pos())
        .isEqualTo(new SourceRef(null, 4, 1, 0, 1));
  }

  @Test
  void table3OfTheOfficialLayoutComesThroughTheReader() throws InputProblem {
    Document doc = HtmlReader.parse(HtmlPages.page(HtmlPages.article("", HtmlPages.table3(), "")));

    assertThat(doc.tables()).hasSize(1);
    TableGrid t3 = doc.tables().get(0);
    assertThat(t3.rows()).hasSize(28);
    assertThat(texts(t3.rows().get(3)))
        .containsExactly("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量",
            "一、本年新收政府信息公开申请数量", "0", "1", "2", "3", "4", "5", "6");
    assertThat(t3.readingOrder()).extracting(GridCell::text).startsWith(HtmlPages.NOTE,
        "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业");
  }

  @Test
  void severalStackedTablesAndATableBeforeItsHeadingAreReportedAsTheyStand()
      throws InputProblem {
    String body = "<p>一、总体情况</p>\n" + HtmlPages.smallTable("规章", "0")
        + "<p>二、主动公开政府信息情况</p>\n<table><tr><td colspan=\"2\">第二十条第（一）项</td></tr>"
        + "<tr><td>信息内容</td><td>本年制发件数</td></tr>"
        + "<tr><td colspan=\"2\">第二十条第（五）项</td></tr>"
        + "<tr><td>信息内容</td><td>本年处理决定数量</td></tr></table>";

    Document doc = HtmlReader.parse(body);

    assertThat(doc.blocks()).extracting(b -> b.getClass().getSimpleName())
        .containsExactly("Paragraph", "TableGrid", "Paragraph", "TableGrid");
    assertThat(doc.tables().get(1).rows()).hasSize(4);
    assertThat(texts(doc.tables().get(1).rows().get(2)))
        .containsExactly("第二十条第（五）项", "第二十条第（五）项");
  }

  @Test
  void readersSendsHtmlHere() throws InputProblem {
    byte[] bytes = HtmlPages.page("<p>一、总体情况</p>").getBytes(StandardCharsets.UTF_8);

    Document doc = Readers.read(Source.of("report.html", bytes));

    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(paragraphs(doc)).containsExactly("一、总体情况");
  }

  @Test
  void aPageOfImagesOnlyHasNoText() {
    byte[] bytes = HtmlPages.page("<div><img src=\"report-1.png\" alt=\"年度报告\"></div>\n"
        + "<table><tr><td><img src=\"t3.png\"></td><td>&nbsp;</td></tr></table>")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new HtmlReader().read(Source.of("scan.html", bytes)))
        .isInstanceOfSatisfying(InputProblem.class, p -> {
          assertThat(p.rule()).isEqualTo("input.no-text");
          assertThat(p.reason()).isEqualTo("no-text");
        });
  }

  @Test
  void aTableGivenAsAnImageLeavesTheParagraphs() throws InputProblem {
    Document doc = HtmlReader.parse(HtmlPages.page(HtmlPages.article("<p><img src=\"t2.png\"></p>",
        "<p><img src=\"t3.png\"></p>", "<p><img src=\"t4.png\"></p>")));

    assertThat(doc.tables()).isEmpty();
    assertThat(paragraphs(doc)).isEqualTo(HtmlPages.ARTICLE_PARAGRAPHS);
  }

  @Test
  void aCompleteReportPageGivesItsPartsAndItsThreeTables() throws InputProblem {
    Document doc = HtmlReader.parse(CompleteReport.html());

    assertThat(paragraphs(doc)).startsWith(CompleteReport.TITLE).contains("一、总体情况",
        "六、其他需要报告的事项", "2025年1月20日").doesNotContain("首页 政府信息公开", "版权所有：某市人民政府");
    assertThat(doc.tables()).hasSize(3);
    assertThat(doc.tables().get(0).rows()).hasSize(14);
    assertThat(texts(doc.tables().get(1).rows().get(3)))
        .endsWith("10", "2", "0", "0", "1", "0", "13");
    assertThat(doc.tables().get(2).rows()).hasSize(4)
        .allSatisfy(row -> assertThat(row).hasSize(15));
  }
}
