package dev.xxgk.internal.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small text rules: page numbers, spacing, list markers, look-alike ideographs. */
class PdfTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"-2-", "- 2 -", "— 2 —", "–12–", "2", "第2页", "第 2 页 共 6 页", "2/6",
      "2 / 6", "第2页，共6页", "·3·", "Page 4", "page 4 of 9"})
  void pageNumbers(String text) {
    assertThat(PageFurniture.isPageNumber(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024年", "一、总体情况", "3119件", "第二十条第（一）项", "- 2 - 3 - 4 -",
      "4 4", "12 0"})
  void notPageNumbers(String text) {
    assertThat(PageFurniture.isPageNumber(text)).isFalse();
  }

  @Test
  void cjkGetsNoSpacesLatinDoes() {
    List<Glyph> glyphs = List.of(glyph("商", 0), glyph("业", 20), glyph("企", 40),
        glyph("A", 60), glyph("B", 80), glyph("C", 90));

    assertThat(Lines.join(glyphs)).isEqualTo("商业企A BC");
  }

  @Test
  void oneCharacterPerLineReadsAsOneWord() {
    List<Glyph> glyphs = List.of(glyph("持", 0, 40), glyph("结", 0, 10), glyph("维", 0, 30),
        glyph("果", 0, 20));

    assertThat(Lines.joinLines(Lines.group(glyphs))).isEqualTo("结果维持");
  }

  @Test
  void listMarkers() {
    assertThat(List.of("一、本年", "（四）无法提供", "2.没有", "3、其他", "第二十条"))
        .allMatch(Texts::startsWithMarker);
    assertThat(List.of("法提供", "正、行政机关", "规章", "")).noneMatch(Texts::startsWithMarker);
  }

  @Test
  void kangxiRadicalsReadAsTheIdeographsTheyShow() {
    assertThat(GlyphCollector.unifyIdeographs("\u2F00")).isEqualTo("一");
    assertThat(GlyphCollector.unifyIdeographs("\u2F08")).isEqualTo("人");
    assertThat(GlyphCollector.unifyIdeographs("（")).isEqualTo("（");
  }

  private static Glyph glyph(String text, float x) {
    return glyph(text, x, 100);
  }

  private static Glyph glyph(String text, float x, float baseline) {
    return new Glyph(text, x, baseline, 9, 10);
  }
}
