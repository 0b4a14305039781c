package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.RawDocx.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.GridCell;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Tracked changes read as accepted, and other markup whose text is not printed. */
class DocxTrackedChangesTest {

  @Test
  void keepsInsertionsAndDropsDeletions() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText("本年新收申请");
    CTRunTrackChange del = p.getCTP().addNewDel();
    del.setId(BigInteger.ONE);
    del.setAuthor("审核人");
    del.addNewR().addNewDelText().setStringValue("12");
    CTRunTrackChange ins = p.getCTP().addNewIns();
    ins.setId(BigInteger.TWO);
    ins.setAuthor("审核人");
    ins.addNewR().addNewT().setStringValue("15");
    p.createRun().setText("件。");

    assertThat(DocxTablesTest.paragraphs(PoiDocs.read(PoiDocs.bytes(doc))))
        .containsExactly("本年新收申请15件。");
  }

  @Test
  void dropsMovedAwayTextAndKeepsItWhereItMovedTo() throws Exception {
    String body = "<w:p><w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
        + "<w:r><w:t>留下</w:t></w:r><w:moveTo w:id=\"2\" w:author=\"a\"><w:r><w:t>移来</w:t></w:r>"
        + "</w:moveTo></w:p>";

    assertThat(paragraphs(RawDocx.body(body))).containsExactly("留下移来");
  }

  @Test
  void joinsAParagraphWhoseMarkWasDeletedToTheNextOne() throws Exception {
    String body = "<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>"
        + "<w:r><w:t>五、存在的主要问题</w:t></w:r></w:p>" + p("及改进情况") + p("正文");

    assertThat(paragraphs(RawDocx.body(body))).containsExactly("五、存在的主要问题及改进情况", "正文");
  }

  @Test
  void dropsDeletedTableRows() throws Exception {
    String row = "<w:tr><w:tc>" + p("%s") + "</w:tc></w:tr>";
    String deleted = "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr><w:tc>"
        + "<w:p><w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>旧行</w:delText></w:r></w:del></w:p>"
        + "</w:tc></w:tr>";
    byte[] docx = RawDocx.body("<w:tbl>" + String.format(row, "一") + deleted
        + String.format(row, "二") + "</w:tbl>").bytes();

    assertThat(PoiDocs.read(docx).tables().get(0).readingOrder()).extracting(GridCell::text)
        .containsExactly("一", "二");
  }

  @Test
  void dropsHiddenTextFieldCodesRubyAndComments() throws Exception {
    String body = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>页码</w:t></w:r>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:commentRangeEnd w:id=\"0\"/>"
        + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
        + "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt>"
        + "<w:rubyBase><w:r><w:t>公</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>";

    assertThat(paragraphs(RawDocx.body(body))).containsExactly("页码3公");
  }

  @Test
  void readsTextBoxesOnceAfterTheirAnchorParagraph() throws Exception {
    String box = "<w:txbxContent>" + p("一、总体情况") + p("框内正文") + "</w:txbxContent>";
    String anchor = "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent>"
        + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>"
        + "<wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    var doc = PoiDocs.read(RawDocx.body(anchor + p("其后")).bytes());

    assertThat(DocxTablesTest.paragraphs(doc))
        .containsExactly("锚定段落", "一、总体情况", "框内正文", "其后");
    assertThat(doc.blocks()).extracting(b -> b.pos().line()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void readsBlockContentControlsAndKeepsTabsAndLineBreaks() throws Exception {
    String body = "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>"
        + "<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体情况</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt>";

    assertThat(paragraphs(RawDocx.body(body))).containsExactly("一、\t总体情况\n第二行");
  }

  private static java.util.List<String> paragraphs(RawDocx docx) throws Exception {
    return DocxTablesTest.paragraphs(PoiDocs.read(docx.bytes()));
  }
}
