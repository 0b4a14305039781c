package dev.xxgk.internal.read.html;

import static dev.xxgk.internal.read.html.HtmlReaderTest.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HostileInputTest {

  @Test
  void aPageOverFiftyMegabytesIsRefusedBeforeDecoding() {
    byte[] bytes = new byte[HtmlReader.MAX_BYTES + 1];
    Arrays.fill(bytes, (byte) 'a');
    System.arraycopy("<html>".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);

    assertThatThrownBy(() -> new HtmlReader().read(new Source("big.html", bytes,
        dev.xxgk.internal.read.SourceType.HTML)))
        .isInstanceOfSatisfying(InputProblem.class, p -> {
          assertThat(p.reason()).isEqualTo("too-large");
          assertThat(p.reasonArgs()).containsExactly("> 50 MiB");
        });
  }

  @Test
  void aPageWithMoreTagsThanTheCapIsRefused() {
    String page = "<b>".repeat(HtmlReader.MAX_TAGS + 1);

    assertThatThrownBy(() -> HtmlReader.parse(page))
        .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.reason())
            .isEqualTo("too-large"));
  }

  @Test
  void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() throws InputProblem {
    String page = "<div>".repeat(50_000) + "<p>一、总体情况</p>" + "<span><font>".repeat(20_000)
        + "正文" + "<table><tr><td>".repeat(5_000) + "表内文字";

    Document doc = HtmlReader.parse(page);

    assertThat(paragraphs(doc)).contains("一、总体情况").anyMatch(p -> p.contains("表内文字"));
  }

  @Test
  void giantSpansInAPageAreClamped() throws InputProblem {
    Document doc = HtmlReader.parse("<table><tr><td colspan=\"2147483648\" rowspan=\"999999\">"
        + "甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>");

    assertThat(doc.tables().get(0).rows()).hasSize(2);
    assertThat(doc.tables().get(0).rows().get(0)).hasSize(GridBuilder.MAX_COLSPAN + 1);
  }

  @Test
  void unclosedTagsCommentsAndStrayCellsDoNotBreakReading() throws InputProblem {
    Document doc = HtmlReader.parse("<p>一、总体情况<td>孤立单元格<!-- 未闭合的注释 <p>隐藏");

    assertThat(paragraphs(doc)).containsExactly("一、总体情况孤立单元格");
  }

  @Test
  void nulAndControlCharactersAreDropped() throws InputProblem {
    Document doc = HtmlReader.parse("<p>一、总\u0000体\u0001情况</p>");

    assertThat(paragraphs(doc)).containsExactly("一、总体情况");
  }

  @Test
  void emptyMarkupHasNoText() {
    assertThatThrownBy(() -> HtmlReader.parse("<html><body><p>&nbsp;</p><table><tr><td>"
        + "</td></tr></table><script>document.write('年度报告')</script></body></html>"))
        .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.rule())
            .isEqualTo("input.no-text"));
  }
}
