package dev.xxgk.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  private static List<String> texts(TableGrid t) {
    return t.readingOrder().stream().map(GridCell::text).toList();
  }

  @Test
  void pipeRowsBecomeOneTableWithLineNumbers() {
    Document d = TextReader.parse("二、主动公开政府信息情况\n规章 | 0 | 1 | 2 |\n行政规范性文件 | 5 |  | 25 |\n正文。", "text/plain");
    assertThat(d.blocks()).hasSize(3);
    TableGrid t = (TableGrid) d.blocks().get(1);
    assertThat(texts(t)).containsExactly("规章", "0", "1", "2", "行政规范性文件", "5", "", "25");
    assertThat(t.rows().get(1).get(0).pos().line()).isEqualTo(3);
    assertThat(t.rows().get(1).get(2).pos().column()).isEqualTo(2);
  }

  @Test
  void oneCellPerLineStyleKeepsColspanRemnantsAsBlankCells() {
    Document d = TextReader.parse("|\n行政许可 |\n239 |\n||\n", "text/plain");
    TableGrid t = (TableGrid) d.blocks().get(0);
    assertThat(texts(t)).containsExactly("行政许可", "239", "");
  }

  @Test
  void proseDecoratedWithPipesIsAParagraph() {
    Document d = TextReader.parse("某局2024年政府信息公开工作年度报告 | ||||\n六、其他需要报告的事项 本年度未收取信息处理费。 |", "text/plain");
    assertThat(d.blocks()).allMatch(Paragraph.class::isInstance);
    assertThat(((Paragraph) d.blocks().get(1)).text()).isEqualTo("六、其他需要报告的事项 本年度未收取信息处理费。");
  }

  @Test
  void whitespaceAlignedColumnsAsPdfToTextWritesThem() {
    Document d = TextReader.parse("一、本年新收政府信息公开申请数量    58    7    0\n"
        + "（三）不予公开 1.属于国家秘密 0 0 0", "text/plain");
    TableGrid t = (TableGrid) d.blocks().get(0);
    assertThat(texts(t)).containsExactly("一、本年新收政府信息公开申请数量", "58", "7", "0",
        "（三）不予公开 1.属于国家秘密", "0", "0", "0");
  }

  @Test
  void runningTextWithNumbersIsNotATable() {
    Document d = TextReader.parse("全年共收到申请 4 件，均已办结。\n电话：0577-88844777", "text/plain");
    assertThat(d.blocks()).allMatch(Paragraph.class::isInstance);
  }
}
