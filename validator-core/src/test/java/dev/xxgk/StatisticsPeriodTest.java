package dev.xxgk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.model.Period;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The statistics period is found where the preamble states it, also when a line break falls
 * inside the dates: the text and PDF readers give every printed line as a paragraph.
 */
class StatisticsPeriodTest {

  private static final Xxgk XXGK = Xxgk.create();

  private static Period period(String preamble) {
    String report = "某市人民政府2024年政府信息公开工作年度报告\n" + preamble
        + "\n一、总体情况\n2024年，本机关推进政府信息公开工作。\n二、主动公开政府信息情况\n";
    FileResult result = XXGK.check("report.txt", report.getBytes(StandardCharsets.UTF_8));
    assertThat(result.report()).isNotNull();
    return result.report().period();
  }

  @Test
  void aPeriodStatedOnOneLine() {
    Period p = period("本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。");

    assertThat(p).isNotNull();
    assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(p.source().line()).isEqualTo(2);
  }

  @Test
  void aPeriodWhoseLineBreaksInsideTheDatesIsLocatedAtItsFirstLine() {
    Period p = period("本报告中所列数据的统计期限自2024年\n1月1日起至2024年12月31日止。");

    assertThat(p).isNotNull();
    assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(p.source().line()).isEqualTo(2);
  }
}
