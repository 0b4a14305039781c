package dev.xxgk.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.extract.LabelMatcher.Match;
import dev.xxgk.internal.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelMatcherTest {

  private static Match match(String printed, String standard, List<String> variants) {
    return LabelMatcher.match(Normalizer.label(printed), standard, variants, List.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）;（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形);（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "商业 企业;商业企业",
      "商业\u3000企业;商业企业",
      "規章;规章",
      "本年收費金額（單位：萬元）;本年收费金额（单位：万元）",
      "3.危及\"三安全一稳定\";3.危及“三安全一稳定”",
      "（三）不予公开 1.属于国家秘密;1.属于国家秘密",
      "属于国家秘密;1.属于国家秘密"})
  void normalisedLabelsMatchExactly(String printed, String standard) {
    assertThat(match(printed, standard, List.of())).isEqualTo(Match.EXACT);
  }

  @Test
  void variantsParentheticalTailsAndRenumberingDeviate() {
    assertThat(match("规范性文件", "行政规范性文件", List.of("规范性文件"))).isEqualTo(Match.DEVIATING);
    assertThat(match("规章（设区的市、自治州人民政府应提供相关数据）", "规章", List.of()))
        .isEqualTo(Match.DEVIATING);
    assertThat(match("1、属于国家秘密", "1.属于国家秘密", List.of())).isEqualTo(Match.EXACT);
    assertThat(match("2.属于国家秘密", "1.属于国家秘密", List.of())).isEqualTo(Match.DEVIATING);
  }

  @Test
  void unrelatedLabelsDoNotMatch() {
    assertThat(match("行政许可", "行政处罚", List.of())).isEqualTo(Match.NONE);
    assertThat(match("", "规章", List.of())).isEqualTo(Match.NONE);
    assertThat(match("其他结果", "其他", List.of())).isEqualTo(Match.NONE);
  }

  private static boolean typo(String printed, String standard) {
    return LabelMatcher.typo(LabelMatcher.canonical(Normalizer.label(printed)),
        LabelMatcher.Target.of(standard, List.of(), List.of()));
  }

  @Test
  void oneWrongCharacterIsATypoOfTheLabel() {
    assertThat(typo("行政规范姓文件", "行政规范性文件")).isTrue();
    assertThat(typo("本年新收政府信息公开申请数", "一、本年新收政府信息公开申请数量")).isFalse();
    assertThat(typo("一、本年新收政府信息公开申情数量", "一、本年新收政府信息公开申请数量")).isTrue();
    assertThat(typo("结果纠证", "结果纠正")).isTrue();
  }

  @Test
  void differentLabelsNumbersAndShortLabelsAreNoTypos() {
    assertThat(typo("行政处罚", "行政许可")).isFalse();
    assertThat(typo("结果维持", "结果纠正")).isFalse();
    assertThat(typo("本年废止件数", "本年制发件数")).isFalse();
    assertThat(typo("其它", "其他")).isFalse();
    assertThat(typo("1234", "1235")).isFalse();
  }
}
