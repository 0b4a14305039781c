package dev.xxgk.internal.read.html;

import static dev.xxgk.internal.read.html.HtmlReaderTest.paragraphs;
import static dev.xxgk.internal.read.html.HtmlReaderTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Markup as Word's "save as web page" writes it, in GBK as Chinese Word does by default. */
class WordExportTest {

  private static final String PAGE = """
      <html xmlns:v="urn:schemas-microsoft-com:vml"
      xmlns:o="urn:schemas-microsoft-com:office:office"
      xmlns:w="urn:schemas-microsoft-com:office:word"
      xmlns="http://www.w3.org/TR/REC-html40">
      <head>
      <meta http-equiv=Content-Type content="text/html; charset=gb2312">
      <meta name=Generator content="Microsoft Word 15 (filtered)">
      <!--[if gte mso 9]><xml>
       <w:WordDocument><w:View>Print</w:View></w:WordDocument>
      </xml><![endif]-->
      <style>
      <!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:宋体;} -->
      </style>
      </head>
      <body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
      <div class=WordSection1 style='layout-grid:15.6pt'>
      <p class=MsoNormal align=center style='text-align:center'><b><span
      style='font-size:22.0pt;font-family:方正小标宋简体'>某县某局</span></b><b><span lang=EN-US
      style='font-size:22.0pt'>2024</span></b><b><span style='font-size:22.0pt;
      font-family:方正小标宋简体'>年政府信息公开工作年度报告<span lang=EN-US><o:p></o:p></span></span></b></p>
      <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
      <p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span
      style='font-family:黑体'>一、总体情况<span lang=EN-US><o:p></o:p></span></span></p>
      <p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
      lang=EN-US style='font-family:楷体;mso-list:Ignore'>（一）<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
      </span></span><![endif]><span style='font-family:楷体'>主动公开。</span><span
      style='font-family:仿宋'>本年度主动公开政府信息<span lang=EN-US>120</span>条。<span
      style='display:none;mso-hide:all'>隐藏批注</span><span lang=EN-US><o:p></o:p></span></span></p>
      <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体'>三、收到和处理政府信息公开申请情况</span></p>
      <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0
       style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
       mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
       <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
        <td width=120 colspan=2 rowspan=2 style='width:90.0pt;border:solid windowtext 1.0pt;
        padding:0cm 5.4pt 0cm 5.4pt'>
        <p class=MsoNormal align=center style='text-align:center'><span
        style='font-size:10.5pt;font-family:宋体'>（本列数据的勾稽关系为：第一项加第二项之和，<span
        lang=EN-US><br>
        </span>等于第三项加第四项之和）<span lang=EN-US><o:p></o:p></span></span></p>
        </td>
        <td width=60 rowspan=2 style='width:45.0pt'>
        <p class=MsoNormal align=center style='text-align:center'><span
        style='font-family:宋体'>自然人</span></p>
        </td>
        <td width=120 colspan=2 style='width:90.0pt'>
        <p class=MsoNormal align=center style='text-align:center'><span
        style='font-family:宋体'>法人或其他组织</span></p>
        </td>
       </tr>
       <tr style='mso-yfti-irow:1'>
        <td width=60 style='width:45.0pt'>
        <p class=MsoNormal align=center><span style='font-family:宋体'>商业</span><span
        lang=EN-US><br>
        </span><span style='font-family:宋体'>企业<span lang=EN-US><o:p></o:p></span></span></p>
        </td>
        <td width=60 style='width:45.0pt'>
        <p class=MsoNormal align=center><span style='font-family:宋体'>科研</span></p>
        <p class=MsoNormal align=center><span style='font-family:宋体'>机构</span></p>
        </td>
       </tr>
       <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
        <td width=120 colspan=2 style='width:90.0pt'>
        <p class=MsoNormal><span style='font-family:宋体'>一、本年新收政府信息公开申请数量</span></p>
        </td>
        <td width=60 style='width:45.0pt'>
        <p class=MsoNormal align=center><span lang=EN-US>3<o:p></o:p></span></p>
        </td>
        <td width=60 style='width:45.0pt'>
        <p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
        </td>
        <td width=60 style='width:45.0pt'>
        <p class=MsoNormal align=center><span lang=EN-US>&nbsp;0&nbsp;<o:p></o:p></span></p>
        </td>
       </tr>
       <![if !supportMisalignedColumns]>
       <tr height=0>
        <td width=60 style='border:none'></td><td width=60 style='border:none'></td>
        <td width=60 style='border:none'></td><td width=60 style='border:none'></td>
        <td width=60 style='border:none'></td>
       </tr>
       <![endif]>
      </table>
      <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
      <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:黑体'>六、其他需要报告的事项</span></p>
      <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋'>无。</span></p>
      </div>
      </body>
      </html>
      """;

  private static Document read() throws InputProblem {
    byte[] gbk = PAGE.getBytes(Charset.forName("GBK"));
    return Readers.read(Source.of("word-export.htm", gbk));
  }

  @Test
  void paragraphsJoinTheirSpansAndDropHiddenTextAndEmptyParagraphs() throws InputProblem {
    assertThat(paragraphs(read())).containsExactly(
        "某县某局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "（一） 主动公开。本年度主动公开政府信息120条。",
        "三、收到和处理政府信息公开申请情况",
        "六、其他需要报告的事项",
        "无。");
  }

  @Test
  void cellLabelsSplitBySpansBrAndParagraphsAreJoined() throws InputProblem {
    TableGrid table = read().tables().get(0);

    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(0))).containsExactly(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "自然人", "法人或其他组织", "法人或其他组织");
    assertThat(texts(table.rows().get(1)).subList(2, 5))
        .containsExactly("自然人", "商业企业", "科研机构");
  }

  @Test
  void nbspOnlyCellsAreEmptyAndNumbersAreTrimmed() throws InputProblem {
    TableGrid table = read().tables().get(0);

    assertThat(texts(table.rows().get(2))).containsExactly("一、本年新收政府信息公开申请数量",
        "一、本年新收政府信息公开申请数量", "3", "", "0");
  }
}
