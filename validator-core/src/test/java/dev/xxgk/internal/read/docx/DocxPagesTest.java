package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.RawDocx.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxPagesTest {

  private static final String PAGE_BREAK = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  private static final String RENDERED = "<w:lastRenderedPageBreak/>";

  @Test
  void countsExplicitPageBreaksWhenWordRecordedNoLayout() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    PoiDocs.paragraph(doc, "第一页");
    PoiDocs.paragraph(doc, "仍是第一页").createRun().addBreak(BreakType.PAGE);
    PoiDocs.paragraph(doc, "第二页");
    PoiDocs.paragraph(doc, "第三页").setPageBreak(true);

    assertThat(PoiDocs.read(PoiDocs.bytes(doc)).blocks()).extracting(b -> b.pos().page())
        .containsExactly(1, 1, 2, 3);
  }

  @Test
  void countsSectionBreaksThatStartANewPageButNotContinuousOnes() throws Exception {
    // a section's type says how that section starts: the second starts a page, the third does not
    String first = "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>一节末</w:t></w:r></w:p>";
    String second = "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr>"
        + "</w:pPr><w:r><w:t>二节末</w:t></w:r></w:p>";
    String body = first + second + p("三节")
        + "<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr>";

    assertThat(pages(RawDocx.body(body))).containsExactly(1, 2, 2);
  }

  @Test
  void usesRenderedPageBreaksWhenWordRecordedThemAndCountsATableRowOnce() throws Exception {
    String cell = "<w:tc><w:p><w:r>" + RENDERED + "<w:t>%s</w:t></w:r></w:p></w:tc>";
    String table = "<w:tbl><w:tr><w:tc>" + p("表头") + "</w:tc><w:tc>" + p("值") + "</w:tc></w:tr>"
        + "<w:tr>" + String.format(cell, "续表") + String.format(cell, "5") + "</w:tr></w:tbl>";
    String body = p("第一页") + PAGE_BREAK + "<w:p><w:r>" + RENDERED + "<w:t>第二页</w:t></w:r></w:p>"
        + table + p("表后");
    Document doc = PoiDocs.read(RawDocx.body(body).bytes());

    assertThat(doc.blocks()).extracting(b -> b.pos().page()).containsExactly(1, 2, 2, 3);
    assertThat(doc.tables().get(0).readingOrder()).extracting(c -> c.pos().page())
        .containsExactly(2, 2, 3, 3);
  }

  @Test
  void ignoresBreaksInsideTextBoxes() throws Exception {
    String box = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + PAGE_BREAK + p("框")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
    String body = "<w:p><w:r><w:t>锚</w:t></w:r>" + box + "</w:p>" + PAGE_BREAK + p("后");

    assertThat(pages(RawDocx.body(body))).containsExactly(1, 1, 2);
  }

  @Test
  void givesNoPageWhenTheDocumentRecordsNoBreaks() throws Exception {
    Document doc = PoiDocs.read(RawDocx.body(p("甲") + "<w:tbl><w:tr><w:tc>" + p("1")
        + "</w:tc></w:tr></w:tbl>").bytes());

    assertThat(doc.blocks()).extracting(b -> b.pos().page()).containsOnlyNulls();
    assertThat(doc.tables().get(0).readingOrder()).extracting(GridCell::pos)
        .extracting(r -> r.page()).containsOnlyNulls();
  }

  private static java.util.List<Integer> pages(RawDocx docx) throws Exception {
    return PoiDocs.read(docx.bytes()).blocks().stream().map(b -> b.pos().page()).toList();
  }
}
