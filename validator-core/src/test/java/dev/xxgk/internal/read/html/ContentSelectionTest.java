package dev.xxgk.internal.read.html;

import static dev.xxgk.internal.read.html.HtmlReaderTest.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import org.junit.jupiter.api.Test;

class ContentSelectionTest {

  private static final String T2 = HtmlPages.smallTable("规章", "0");
  private static final String T3 = HtmlPages.smallTable("自然人", "1");
  private static final String T4 = HtmlPages.smallTable("结果维持", "2");

  private static final String SITE_TOP = """
      <div class="top"><div class="logo">某市人民政府门户网站</div>
      <div class="search-box"><form><input name="q"><button>搜索</button></form></div></div>
      <nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政务公开</a></li></ul></nav>
      <div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
      <script>var nav = "年度报告";</script><style>p{color:red}</style>
      """;

  private static final String SITE_BOTTOM = """
      <div class="sidebar"><h3>相关链接</h3><ul>
      <li><a href="/2023">某市某局2023年政府信息公开工作年度报告</a></li></ul></div>
      <footer><p>主办单位：某市人民政府办公室 版权所有</p></footer>
      <noscript>请启用脚本</noscript>
      """;

  private static final String ARTICLE_TOOLS = """
      <div class="position">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
      """;

  @Test
  void portalChromeIsDroppedAndTheReportIsKept() throws InputProblem {
    String article = HtmlPages.article(T2, T3, T4)
        .replace("<div class=\"article\">\n", "<div class=\"article\">\n" + ARTICLE_TOOLS)
        .replace("<p>本机关未收取信息处理费。</p>\n", "<p>本机关未收取信息处理费。</p>\n"
            + "<div class=\"bdsharebuttonbox\">分享到：微信 微博</div>\n")
        .replace("</div>\n</div>\n", "</div>\n<p>上一篇：某市某局2023年政府信息公开工作年度报告</p>\n"
            + "<p>【打印本页】【关闭窗口】</p>\n</div>\n");

    Document doc = HtmlReader.parse(HtmlPages.page(SITE_TOP + article + SITE_BOTTOM));

    assertThat(paragraphs(doc)).isEqualTo(HtmlPages.ARTICLE_PARAGRAPHS);
    assertThat(doc.tables()).hasSize(3);
  }

  @Test
  void withoutPartHeadingsEverythingButChromeIsKept() throws InputProblem {
    String body = SITE_TOP + "<div class=\"main\"><h1>" + HtmlPages.TITLE + "</h1>"
        + "<p>正文没有标准标题。</p>" + T3 + "</div>" + SITE_BOTTOM;

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc)).containsExactly("某市人民政府门户网站", HtmlPages.TITLE,
        "正文没有标准标题。");
    assertThat(doc.tables()).hasSize(1);
  }

  @Test
  void aFormWrappingTheWholePageIsNotChrome() throws InputProblem {
    String body = "<form id=\"form1\" method=\"post\" action=\"./Show.aspx?id=1\">\n"
        + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"abc\">\n"
        + SITE_TOP + HtmlPages.article(T2, T3, T4) + SITE_BOTTOM + "</form>\n";

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc)).isEqualTo(HtmlPages.ARTICLE_PARAGRAPHS);
    assertThat(doc.tables()).hasSize(3);
  }

  @Test
  void anArticleHeaderKeepsTheTitle() throws InputProblem {
    String body = "<header><div class=\"logo\">某市人民政府</div></header>\n<article>"
        + "<header><h1>" + HtmlPages.TITLE + "</h1></header>\n<div class=\"text\">"
        + "<p>一、总体情况</p><p>二、主动公开政府信息情况</p></div></article>";

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc))
        .containsExactly(HtmlPages.TITLE, "一、总体情况", "二、主动公开政府信息情况");
  }

  @Test
  void aHiddenCopyOfTheReportIsNotReadTwice() throws InputProblem {
    String article = HtmlPages.article(T2, T3, T4);
    String body = article + "<div id=\"print\" style=\"display: none\">" + article + "</div>";

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc)).isEqualTo(HtmlPages.ARTICLE_PARAGRAPHS);
    assertThat(doc.tables()).hasSize(3);
  }

  @Test
  void aReportShownOnlyThroughAHiddenTabIsStillRead() throws InputProblem {
    String body = SITE_TOP + "<div class=\"tab\" style=\"display:none\">"
        + HtmlPages.article(T2, T3, T4) + "</div>" + SITE_BOTTOM;

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc)).isEqualTo(HtmlPages.ARTICLE_PARAGRAPHS);
  }

  @Test
  void aTitleFarFromTheContentIsKeptAloneBeforeIt() throws InputProblem {
    String body = "<div class=\"head\"><h1>" + HtmlPages.TITLE + "</h1></div>\n"
        + "<div class=\"links\">相关文件</div>\n"
        + "<div><div><div><div><div class=\"text\"><p>一、总体情况</p>"
        + "<p>二、主动公开政府信息情况</p></div></div></div></div></div>";

    Document doc = HtmlReader.parse(HtmlPages.page(body));

    assertThat(paragraphs(doc))
        .containsExactly(HtmlPages.TITLE, "一、总体情况", "二、主动公开政府信息情况");
  }

  @Test
  void aPreambleSentenceCitingTheFormatNoticeIsNoTitle() throws InputProblem {
    String article = HtmlPages.article("", "", "").replace(
        "<p>本报告依据《中华人民共和国政府信息公开条例》编制。</p>",
        "<p>本报告依据《中华人民共和国政府信息公开工作年度报告格式》编制。</p>");

    Document doc = HtmlReader.parse(HtmlPages.page(article));

    assertThat(paragraphs(doc)).startsWith(HtmlPages.TITLE);
    assertThat(ReportMarkers.isTitle("本报告依据《中华人民共和国政府信息公开工作年度报告格式》编制。"))
        .isFalse();
    assertThat(ReportMarkers.isTitle(HtmlPages.TITLE)).isTrue();
  }

  @Test
  void headingsAreRecognisedInVariantsAndTraditionalCharacters() {
    assertThat(ReportMarkers.part("一、总体情况")).isEqualTo(1);
    assertThat(ReportMarkers.part("一、 總體情況")).isEqualTo(1);
    assertThat(ReportMarkers.part("二、行政机关主动公开政府信息情况")).isEqualTo(2);
    assertThat(ReportMarkers.part("三．收到和处理政府信息公开申请情况")).isEqualTo(3);
    assertThat(ReportMarkers.part("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")).isEqualTo(4);
    assertThat(ReportMarkers.part("五、存在的主要问题及整改措施")).isEqualTo(5);
    assertThat(ReportMarkers.part("六、其他事项")).isEqualTo(6);
    assertThat(ReportMarkers.part("第一部分 总体情况")).isEqualTo(1);
    assertThat(ReportMarkers.part("2024年总体情况良好")).isZero();
  }
}
