package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.PoiDocs.c;
import static dev.xxgk.internal.read.docx.PoiDocs.cont;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.model.SourceRef;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

  private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /** A report in the official layout, built as Word would: numbered headings, merged headers. */
  private static byte[] report() {
    XWPFDocument doc = new XWPFDocument();
    BigInteger list = PoiDocs.outlineList(doc);
    PoiDocs.paragraph(doc, "某某局2024年政府信息公开工作年度报告");
    PoiDocs.numbered(doc, list, 0, "总体情况");
    PoiDocs.numbered(doc, list, 1, "主动公开");
    PoiDocs.paragraph(doc, "本机关主动公开政府信息120条。");
    PoiDocs.numbered(doc, list, 1, "依申请公开");
    PoiDocs.numbered(doc, list, 0, "主动公开政府信息情况");
    PoiDocs.numbered(doc, list, 0, "收到和处理政府信息公开申请情况");
    PoiDocs.table(doc,
        new PoiDocs.Cell[] {c(NOTE).span(3).restart(), c("申请人情况").span(7)},
        new PoiDocs.Cell[] {cont().span(3), c("自然人").restart(), c("法人或其他组织").span(5),
            c("总计").restart()},
        new PoiDocs.Cell[] {cont().span(3), cont(), c("商业企业"), c("科研机构"), c("社会公益组织"),
            c("法律服务机构"), c("其他"), cont()},
        new PoiDocs.Cell[] {c("一、本年新收政府信息公开申请数量").span(3), c("5"), c("1"), c(""), c(""),
            c(""), c(""), c("6")},
        new PoiDocs.Cell[] {c("三、本年度办理结果").restart(), c("（一）予以公开").span(2), c("3"),
            c(""), c(""), c(""), c(""), c(""), c("3")},
        new PoiDocs.Cell[] {cont(), c("（三）不予公开").restart(), c("1.属于国家秘密"), c("0"), c(""),
            c(""), c(""), c(""), c(""), c("0")},
        new PoiDocs.Cell[] {cont(), cont(), c("2.其他法律行政法规禁止公开"), c("0"), c(""), c(""),
            c(""), c(""), c(""), c("0")});
    PoiDocs.numbered(doc, list, 0, "政府信息公开行政复议、行政诉讼情况");
    PoiDocs.numbered(doc, list, 0, "存在的主要问题及改进情况");
    PoiDocs.numbered(doc, list, 0, "其他需要报告的事项");
    PoiDocs.numbered(doc, list, 1, "本年度未收取信息处理费。");
    return PoiDocs.bytes(doc);
  }

  @Test
  void rendersAutomaticNumberingIntoParagraphText() throws Exception {
    Document doc = PoiDocs.read(report());

    assertThat(doc.mediaType()).contains("wordprocessingml");
    assertThat(paragraphs(doc)).containsExactly(
        "某某局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开",
        "本机关主动公开政府信息120条。",
        "（二）依申请公开",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
        "（一）本年度未收取信息处理费。");
  }

  @Test
  void keepsBodyOrderWithTablesBetweenParagraphs() throws Exception {
    List<Block> blocks = PoiDocs.read(report()).blocks();

    assertThat(blocks.get(6)).isInstanceOfSatisfying(Paragraph.class,
        p -> assertThat(p.text()).isEqualTo("三、收到和处理政府信息公开申请情况"));
    assertThat(blocks.get(7)).isInstanceOf(TableGrid.class);
    assertThat(blocks.get(8)).isInstanceOfSatisfying(Paragraph.class,
        p -> assertThat(p.text()).startsWith("四、"));
  }

  @Test
  void expandsTable3HeaderMergesIntoAGrid() throws Exception {
    TableGrid t = PoiDocs.read(report()).tables().get(0);

    assertThat(t.rows()).allSatisfy(row -> assertThat(row).hasSize(10));
    assertThat(texts(t.rows().get(0))).containsExactly(NOTE, NOTE, NOTE,
        "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况");
    assertThat(origins(t.rows().get(0)))
        .containsExactly(true, false, false, true, false, false, false, false, false, false);
    assertThat(texts(t.rows().get(2))).containsExactly(NOTE, NOTE, NOTE, "自然人",
        "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    assertThat(origins(t.rows().get(2)))
        .containsExactly(false, false, false, false, true, true, true, true, true, false);
  }

  @Test
  void readingOrderGivesEachLabelOnceAndBlanksAsEmptyText() throws Exception {
    TableGrid t = PoiDocs.read(report()).tables().get(0);

    assertThat(t.readingOrder().stream().map(GridCell::text).toList()).containsExactly(
        NOTE, "申请人情况",
        "自然人", "法人或其他组织", "总计",
        "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
        "一、本年新收政府信息公开申请数量", "5", "1", "", "", "", "", "6",
        "三、本年度办理结果", "（一）予以公开", "3", "", "", "", "", "", "3",
        "（三）不予公开", "1.属于国家秘密", "0", "", "", "", "", "", "0",
        "2.其他法律行政法规禁止公开", "0", "", "", "", "", "", "0");
  }

  @Test
  void verticalMergeRepeatsTextDownTheColumn() throws Exception {
    TableGrid t = PoiDocs.read(report()).tables().get(0);

    assertThat(t.rows().get(6).get(0).text()).isEqualTo("三、本年度办理结果");
    assertThat(t.rows().get(6).get(0).origin()).isFalse();
    assertThat(t.rows().get(6).get(1).text()).isEqualTo("（三）不予公开");
  }

  @Test
  void locatesParagraphsByBodyParagraphNumberAndCellsByTableRowColumn() throws Exception {
    Document doc = PoiDocs.read(report());

    Paragraph heading = (Paragraph) doc.blocks().get(1);
    assertThat(heading.pos()).isEqualTo(new SourceRef(null, 2, null, null, null));
    Paragraph four = (Paragraph) doc.blocks().get(8);
    assertThat(four.pos().line()).isEqualTo(8);
    TableGrid t = doc.tables().get(0);
    assertThat(t.pos().table()).isZero();
    assertThat(t.rows().get(3).get(4).pos()).isEqualTo(new SourceRef(null, null, 0, 3, 4));
  }

  private static List<String> paragraphs(Document doc) {
    return doc.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }

  private static List<String> texts(List<GridCell> row) {
    return row.stream().map(GridCell::text).toList();
  }

  private static List<Boolean> origins(List<GridCell> row) {
    return row.stream().map(GridCell::origin).toList();
  }
}
