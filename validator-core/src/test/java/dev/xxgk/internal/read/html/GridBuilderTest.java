package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.model.SourceRef;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class GridBuilderTest {

  private static Element table(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "").selectFirst("table");
  }

  private static TableGrid grid(String html) throws InputProblem {
    return new GridBuilder().build(table(html), 0);
  }

  @Test
  void table3OfTheOfficialLayoutExpandsToTenColumnsAndTwentyEightRows() throws InputProblem {
    TableGrid grid = new GridBuilder().build(table("\n\n" + HtmlPages.table3()), 4);

    assertThat(grid.rows()).hasSize(28).allSatisfy(row -> assertThat(row).hasSize(10));
    assertThat(grid.pos()).isEqualTo(new SourceRef(null, 3, 4, null, null));
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        assertCell(grid, r, c, HtmlPages.NOTE, r == 0 && c == 0);
      }
    }
    for (int c = 3; c < 10; c++) {
      assertCell(grid, 0, c, "申请人情况", c == 3);
    }
    assertCell(grid, 1, 3, "自然人", true);
    assertCell(grid, 2, 3, "自然人", false);
    for (int c = 4; c < 9; c++) {
      assertCell(grid, 1, c, "法人或其他组织", c == 4);
    }
    assertThat(texts(grid.rows().get(2).subList(4, 10)))
        .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    assertCell(grid, 2, 9, "总计", false);
  }

  @Test
  void table3RowLabelsAreRepeatedOverTheirSpansAndValuesSitInColumnsThreeToNine()
      throws InputProblem {
    TableGrid grid = new GridBuilder().build(table("\n\n" + HtmlPages.table3()), 4);

    assertCell(grid, 3, 0, "一、本年新收政府信息公开申请数量", true);
    assertCell(grid, 3, 2, "一、本年新收政府信息公开申请数量", false);
    for (int r = 5; r < 27; r++) {
      assertCell(grid, r, 0, "三、本年度办理结果", r == 5);
    }
    assertCell(grid, 7, 1, "（三）不予公开", true);
    assertCell(grid, 14, 1, "（三）不予公开", false);
    assertCell(grid, 14, 2, "8.属于行政查询事项", true);
    assertCell(grid, 26, 1, "（七）总计", true);
    assertCell(grid, 26, 2, "（七）总计", false);
    assertCell(grid, 27, 0, "四、结转下年度继续办理", true);
    for (int row = 0; row < 25; row++) {
      for (int c = 0; c < 7; c++) {
        assertCell(grid, row + 3, c + 3, HtmlPages.value(row, c), true);
      }
    }
  }

  @Test
  void everyPositionKnowsTableRowColumnAndTheSourceLineOfItsCell() throws InputProblem {
    TableGrid grid = new GridBuilder().build(table("\n\n" + HtmlPages.table3()), 4);

    // <table> is on line 3, so the n-th <tr> is on line 3 + n
    assertThat(grid.rows().get(0).get(0).pos()).isEqualTo(new SourceRef(null, 4, 4, 0, 0));
    assertThat(grid.rows().get(2).get(1).pos()).isEqualTo(new SourceRef(null, 4, 4, 2, 1));
    assertThat(grid.rows().get(26).get(0).pos()).isEqualTo(new SourceRef(null, 9, 4, 26, 0));
    assertThat(grid.rows().get(27).get(9).pos()).isEqualTo(new SourceRef(null, 31, 4, 27, 9));
  }

  @Test
  void hostileSpansAreClampedAndRowspanStopsAtTheLastRow() throws InputProblem {
    TableGrid grid = grid("<table><tr><td colspan=\"99999999999\" rowspan=\"100000\">x</td>"
        + "<td>y</td></tr><tr><td>z</td></tr></table>");

    assertThat(grid.rows()).hasSize(2);
    assertThat(grid.rows().get(0)).hasSize(GridBuilder.MAX_COLSPAN + 1);
    assertThat(grid.rows().get(0).get(GridBuilder.MAX_COLSPAN).text()).isEqualTo("y");
    assertThat(grid.rows().get(1)).hasSize(GridBuilder.MAX_COLSPAN + 1);
    assertThat(grid.rows().get(1).get(GridBuilder.MAX_COLSPAN).text()).isEqualTo("z");
  }

  @Test
  void oddSpanValuesReadAsBrowsersReadThem() throws InputProblem {
    TableGrid grid = grid("<table><tr><td colspan=\"2px\">a</td><td colspan=\"-3\">b</td>"
        + "<td colspan=\"0\">c</td><td rowspan=\"0\">d</td></tr><tr><td>e</td></tr>"
        + "<tr><td>f</td></tr></table>");

    assertThat(texts(grid.rows().get(0))).containsExactly("a", "a", "b", "c", "d");
    assertThat(texts(grid.rows().get(2))).containsExactly("f", "", "", "", "d");
    assertThat(grid.rows().get(2).get(4).origin()).isFalse();
    assertThat(grid.rows().get(2).get(1).origin()).isTrue();
  }

  @Test
  void overlappingSpansKeepTheFirstCellPlaced() throws InputProblem {
    TableGrid grid = grid("<table><tr><td>a</td><td rowspan=\"2\">b</td></tr>"
        + "<tr><td colspan=\"3\">c</td></tr></table>");

    assertThat(texts(grid.rows().get(1))).containsExactly("c", "b", "c");
    assertThat(grid.rows().get(1).get(1).origin()).isFalse();
  }

  @Test
  void spansPastTheTableBudgetArePlacedUnmerged() throws InputProblem {
    TableGrid grid = new GridBuilder(10, 1000).build(table(
        "<table><tr><td colspan=\"8\">a</td><td colspan=\"8\">b</td><td>c</td></tr></table>"), 0);

    assertThat(texts(grid.rows().get(0))).containsExactly("a", "a", "a", "a", "a", "a", "a",
        "a", "b", "c");
  }

  @Test
  void tooManyPositionsInADocumentAreRefused() {
    GridBuilder builder = new GridBuilder(100, 5);

    assertThatThrownBy(() -> builder.build(
        table("<table><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td></tr>"
            + "</table>"), 0))
        .isInstanceOfSatisfying(InputProblem.class, p -> {
          assertThat(p.rule()).isEqualTo("input.unreadable");
          assertThat(p.reason()).isEqualTo("too-large");
        });
  }

  @Test
  void theadTbodyTfootRowsComeInDocumentOrderAndThCountsAsACell() throws InputProblem {
    TableGrid grid = grid("<table><thead><tr><th>h1</th><th>h2</th></tr></thead>"
        + "<tbody><tr><td>a</td><td>b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot>"
        + "</table>");

    assertThat(grid.rows()).extracting(GridBuilderTest::texts)
        .containsExactly(List.of("h1", "h2"), List.of("a", "b"), List.of("f"));
  }

  @Test
  void wordsInvisibleColumnWidthRowIsLeftOut() throws InputProblem {
    TableGrid grid = grid("<table><tr><td>a</td><td>b</td></tr>\n<![if !supportMisalignedColumns]>"
        + "<tr height=0><td width=59 style='border:none'></td><td width=80></td></tr>"
        + "<![endif]></table>");

    assertThat(grid.rows()).hasSize(1);
  }

  private static void assertCell(TableGrid grid, int r, int c, String text, boolean origin) {
    GridCell cell = grid.rows().get(r).get(c);
    assertThat(cell.text()).as("text at %d,%d", r, c).isEqualTo(text);
    assertThat(cell.origin()).as("origin at %d,%d", r, c).isEqualTo(origin);
    assertThat(cell.pos().row()).isEqualTo(r);
    assertThat(cell.pos().column()).isEqualTo(c);
    assertThat(cell.pos().table()).isEqualTo(grid.pos().table());
  }

  private static List<String> texts(List<GridCell> cells) {
    return cells.stream().map(GridCell::text).toList();
  }
}
