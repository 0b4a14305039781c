package dev.xxgk.internal.read.docx;

import static dev.xxgk.internal.read.docx.RawDocx.list;
import static dev.xxgk.internal.read.docx.RawDocx.np;
import static dev.xxgk.internal.read.docx.RawDocx.num;
import static dev.xxgk.internal.read.docx.RawDocx.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocxNumberingTest {

  private static List<String> read(RawDocx docx) throws Exception {
    return PoiDocs.read(docx.bytes()).blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }

  @Test
  void countsPerLevelAndRestartsDeeperLevelsAfterAHigherOne() throws Exception {
    RawDocx docx = RawDocx.body(np(1, 0, "总体情况") + np(1, 1, "主动公开") + np(1, 1, "依申请公开")
            + np(1, 2, "一项") + np(1, 0, "主动公开政府信息情况") + np(1, 1, "规章"))
        .numbering(list(0, 1, "chineseCounting", "%1、", "chineseCounting", "（%2）",
            "decimal", "%3."));

    assertThat(read(docx)).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开", "1.一项",
        "二、主动公开政府信息情况", "（一）规章");
  }

  @Test
  void rendersMultiLevelPatternsAndLegalNumbering() throws Exception {
    String abs = "<w:abstractNum w:abstractNumId=\"0\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCountingThousand\"/>"
        + "<w:lvlText w:val=\"第%1章\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/>"
        + "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>";
    RawDocx docx = RawDocx.body(np(1, 0, "总则") + np(1, 1, "目的") + np(1, 1, "范围"))
        .numbering(abs + num(1, 0, ""));

    assertThat(read(docx)).containsExactly("第一章 总则", "1.1 目的", "1.2 范围");
  }

  @Test
  void instancesOfOneListContinueEachOtherUnlessAStartIsOverridden() throws Exception {
    RawDocx docx = RawDocx.body(np(1, 0, "甲") + np(2, 0, "乙") + np(3, 0, "丙") + np(3, 0, "丁"))
        .numbering(list(0, 1, "chineseCounting", "%1、") + num(2, 0, "")
            + num(3, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
                + "</w:lvlOverride>"));

    assertThat(read(docx)).containsExactly("一、甲", "二、乙", "一、丙", "二、丁");
  }

  @Test
  void takesNumberingFromTheParagraphStyleAndItsParents() throws Exception {
    String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"
        + "<w:name w:val=\"heading 1\"/>"
        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"PartHeading\"><w:basedOn w:val=\"Heading1\"/>"
        + "</w:style>";
    String heading =
        "<w:p><w:pPr><w:pStyle w:val=\"PartHeading\"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>";
    RawDocx docx = RawDocx.body(String.format(heading, "总体情况") + p("正文")
            + String.format(heading, "主动公开政府信息情况"))
        .numbering(list(0, 1, "chineseCounting", "%1、")).styles(styles);

    assertThat(read(docx)).containsExactly("一、总体情况", "正文", "二、主动公开政府信息情况");
  }

  @Test
  void numIdZeroBulletsAndUndefinedListsGiveNoLabel() throws Exception {
    RawDocx docx = RawDocx.body(np(0, 0, "无编号") + np(2, 0, "项目符号") + np(9, 0, "未定义列表"))
        .numbering(list(0, 2, "bullet", "\uF06C"));

    assertThat(read(docx)).containsExactly("无编号", "项目符号", "未定义列表");
  }

  @Test
  void prefersThePlainFormatOverWord2010CustomFormats() throws Exception {
    String abs = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        + "<mc:AlternateContent"
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<mc:Choice Requires=\"w14\"><w:numFmt w:val=\"custom\" w:format=\"01, 02, 03, ...\"/>"
        + "</mc:Choice><mc:Fallback><w:numFmt w:val=\"decimalZero\"/></mc:Fallback>"
        + "</mc:AlternateContent><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>";
    RawDocx docx = RawDocx.body(np(1, 0, "甲")).numbering(abs + num(1, 0, ""));

    assertThat(read(docx)).containsExactly("01.甲");
  }

  @Test
  void readsStrictOpenXml() throws Exception {
    RawDocx docx = RawDocx.body(np(1, 0, "总体情况") + np(1, 0, "主动公开政府信息情况"))
        .numbering(list(0, 1, "chineseCounting", "%1、")).strict();

    assertThat(read(docx)).containsExactly("一、总体情况", "二、主动公开政府信息情况");
  }

  @Test
  void countsNumberedParagraphsInTableCellsInDocumentOrder() throws Exception {
    String table = "<w:tbl><w:tr><w:tc>" + np(1, 0, "本年新收政府信息公开申请数量") + "</w:tc>"
        + "<w:tc>" + p("5") + "</w:tc></w:tr></w:tbl>";
    RawDocx docx = RawDocx.body(table).numbering(list(0, 1, "chineseCounting", "%1、"));

    assertThat(PoiDocs.read(docx.bytes()).tables().get(0).rows().get(0).get(0).text())
        .isEqualTo("一、本年新收政府信息公开申请数量");
  }
}
