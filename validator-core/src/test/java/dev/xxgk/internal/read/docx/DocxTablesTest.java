package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.PoiDocs.c;
import static dev.xxgk.internal.read.docx.RawDocx.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

class DocxTablesTest {

  @Test
  void nestedTablesFollowTheirOuterTableDepthFirst() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    PoiDocs.paragraph(doc, "前");
    CTTbl outer = PoiDocs.table(doc,
        new PoiDocs.Cell[] {c("外层"), c("含表格")},
        new PoiDocs.Cell[] {c("第二行"), c("含另一表格")});
    CTTbl inner = PoiDocs.nested(outer.getTrArray(0).getTcArray(1),
        new PoiDocs.Cell[] {c("内层"), c("1")});
    PoiDocs.nested(inner.getTrArray(0).getTcArray(0), new PoiDocs.Cell[] {c("最内层")});
    PoiDocs.nested(outer.getTrArray(1).getTcArray(1), new PoiDocs.Cell[] {c("另一内层")});
    PoiDocs.paragraph(doc, "后");

    Document read = PoiDocs.read(PoiDocs.bytes(doc));

    assertThat(read.blocks()).extracting(DocxTablesTest::describe).containsExactly(
        "前", "[外层, 含表格]", "[内层, 1]", "[最内层]", "[另一内层]", "后");
    assertThat(read.tables()).extracting(t -> t.pos().table()).containsExactly(0, 1, 2, 3);
    assertThat(read.tables().get(2).rows().get(0).get(0).pos().table()).isEqualTo(2);
    assertThat(read.tables().get(0).rows().get(0).get(1).text())
        .as("an outer cell keeps its own text, not the nested table's").isEqualTo("含表格");
  }

  @Test
  void padsRowsThatSkipGridColumnsWithEmptyCells() throws Exception {
    String row1 = "<w:tr><w:tc>" + p("a") + "</w:tc><w:tc>" + p("b") + "</w:tc>"
        + "<w:tc>" + p("c") + "</w:tc></w:tr>";
    String row2 = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc>" + p("d")
        + "</w:tc></w:tr>";
    TableGrid t = table(RawDocx.body("<w:tbl>" + row1 + row2 + "</w:tbl>"));

    assertThat(t.rows().get(1)).extracting(GridCell::text).containsExactly("", "d", "");
    assertThat(t.rows().get(1)).extracting(GridCell::origin).containsOnly(true);
  }

  @Test
  void readsLegacyHorizontalMergesAndCellsWithSeveralParagraphs() throws Exception {
    String row = "<w:tr><w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>" + p("商业")
        + p("企业") + "</w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc><w:tc>" + p("3")
        + "</w:tc></w:tr>";
    TableGrid t = table(RawDocx.body("<w:tbl>" + row + "</w:tbl>"));

    assertThat(t.rows().get(0)).extracting(GridCell::text)
        .containsExactly("商业\n企业", "商业\n企业", "3");
    assertThat(t.rows().get(0)).extracting(GridCell::origin).containsExactly(true, false, true);
  }

  @Test
  void readsRowsAndCellsInsideContentControls() throws Exception {
    String cell = "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:tc>" + p("5")
        + "</w:tc></w:sdtContent></w:sdt>";
    String row = "<w:sdt><w:sdtContent><w:tr><w:tc>" + p("自然人") + "</w:tc>" + cell
        + "</w:tr></w:sdtContent></w:sdt>";
    TableGrid t = table(RawDocx.body("<w:tbl>" + row + "</w:tbl>"));

    assertThat(t.rows().get(0)).extracting(GridCell::text).containsExactly("自然人", "5");
  }

  @Test
  void refusesGridsBeyondTheCellLimit() {
    String row = "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p/></w:tc></w:tr>";
    byte[] docx = RawDocx.body("<w:tbl>" + row.repeat(300) + "</w:tbl>").bytes();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PoiDocs.read(docx))
        .hasFieldOrPropertyWithValue("reason", "too-large");
  }

  private static TableGrid table(RawDocx docx) throws Exception {
    return PoiDocs.read(docx.bytes()).tables().get(0);
  }

  private static String describe(Block b) {
    return b instanceof Paragraph p ? p.text()
        : ((TableGrid) b).rows().get(0).stream().map(GridCell::text).toList().toString();
  }

  static List<String> paragraphs(Document doc) {
    return doc.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }
}
