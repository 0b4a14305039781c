package dev.xxgk.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.pack.PackLoader;
import dev.xxgk.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFinderTest {

  private static final SectionFinder FINDER = new SectionFinder(
      new PackLoader().loadBuiltIn().get("gov-2021").sections(),
      List.of("一、本年新收政府信息公开申请数量", "四、结转下年度继续办理"));

  private static List<HeadingHit> find(String... paragraphs) {
    return FINDER.find(List.of(paragraphs),
        java.util.Arrays.stream(paragraphs).map(p -> SourceRef.UNKNOWN).toList());
  }

  @Test
  void headingsRunIntoOneLineAreFoundAndSubItemsAreStrays() {
    List<HeadingHit> hits = find("电话:0577-88844777。 一、总体情况 2024年,本局…。 一、主动公开,拓宽渠道 内容。"
        + " 二、规范流程,提升质效 内容。 二、主动公开政府信息情况");
    assertThat(hits).filteredOn(HeadingHit::isPart).extracting(HeadingHit::number).containsExactly(1, 2);
    assertThat(hits).filteredOn(h -> !h.isPart()).extracting(HeadingHit::heading)
        .containsExactly("主动公开,拓宽渠道", "规范流程,提升质效");
  }

  @Test
  void variantsTraditionalCharactersAndBareHeadings() {
    assertThat(find("四、政府信息公开行政复议和行政诉讼情况").get(0).number()).isEqualTo(4);
    assertThat(find("五、存在的主要問題及改進情況").get(0).number()).isEqualTo(5);
    assertThat(find("其他需要报告的事项").get(0).number()).isEqualTo(6);
    assertThat(find("六、其他需要报告的事项").get(0).numeral()).isEqualTo("六");
  }

  @Test
  void wrongNumeralStillFindsThePart() {
    HeadingHit h = find("一、主动公开政府信息情况").get(0);
    assertThat(h.number()).isEqualTo(2);
    assertThat(h.numeral()).isEqualTo("一");
  }

  @Test
  void parenthesisedSubItemsAndTableLabelsAreNotHeadings() {
    assertThat(find("（一）主动公开情况。全年公开信息100条。")).isEmpty();
    assertThat(find("一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4")).isEmpty();
    assertThat(find("第二十条第（一）项")).isEmpty();
  }

  @Test
  void tableOfContentsEntriesAreNotHeadings() {
    assertThat(find("一、总体情况\t3", "二、主动公开政府信息情况……………4", "一、总体情况"))
        .singleElement().satisfies(h -> assertThat(h.paragraph()).isEqualTo(2));
  }
}
