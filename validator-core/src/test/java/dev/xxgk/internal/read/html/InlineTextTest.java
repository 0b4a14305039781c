package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTextTest {

  private static String paragraph(String... pieces) {
    InlineText text = new InlineText(InlineText.Mode.PARAGRAPH);
    for (String piece : pieces) {
      if (piece.equals("<br>")) {
        text.lineBreak();
      } else {
        text.append(piece, false);
      }
    }
    return text.text();
  }

  private static String cell(String... pieces) {
    InlineText text = new InlineText(InlineText.Mode.CELL);
    for (String piece : pieces) {
      if (piece.equals("<br>")) {
        text.lineBreak();
      } else {
        text.append(piece, false);
      }
    }
    return text.text();
  }

  @Test
  void whitespaceRunsCollapseAndEndsAreTrimmed() {
    assertThat(paragraph("  \t a   b \n ")).isEqualTo("a b");
  }

  @Test
  void aLineFeedBetweenChineseCharactersDisappearsAsInABrowser() {
    assertThat(paragraph("一、总体\n  情况")).isEqualTo("一、总体情况");
    assertThat(paragraph("2024\n年")).isEqualTo("2024 年");
    assertThat(paragraph("总体 情况")).isEqualTo("总体 情况");
  }

  @Test
  void nbspIsASpaceThatStaysBetweenChineseCharacters() {
    assertThat(paragraph("\u00a0\u00a0自然人\u00a0\n\u00a0")).isEqualTo("自然人");
    assertThat(paragraph("商业\u00a0\n企业")).isEqualTo("商业 企业");
  }

  @Test
  void brInAParagraphIsOneLineFeedAndBrInACellJoinsALabel() {
    assertThat(paragraph("第一行", "<br>", "<br>", "  第二行", "<br>")).isEqualTo("第一行\n第二行");
    assertThat(cell("商业", "<br>", "企业")).isEqualTo("商业企业");
    assertThat(cell("本年新", "<br>", "\n制作数量")).isEqualTo("本年新制作数量");
    assertThat(cell("3", "<br>", "5")).isEqualTo("3 5");
  }

  @Test
  void ideographicIndentIsTrimmedAtLineEdgesOnly() {
    assertThat(paragraph("\u3000\u3000本报告\u3000依据", "<br>", "\u3000\u3000第二段"))
        .isEqualTo("本报告\u3000依据\n第二段");
  }

  @Test
  void zeroWidthAndControlCharactersAreDropped() {
    assertThat(paragraph("自\u200b然\ufeff人\u0007")).isEqualTo("自然人");
  }

  @Test
  void preformattedLineFeedsAreLineBreaks() {
    InlineText text = new InlineText(InlineText.Mode.PARAGRAPH);
    text.append("一、总体情况\n二、主动公开政府信息情况", true);
    assertThat(text.text()).isEqualTo("一、总体情况\n二、主动公开政府信息情况");
  }
}
