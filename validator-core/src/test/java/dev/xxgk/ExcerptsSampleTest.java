package dev.xxgk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real HTML-to-text excerpts (cut off; not complete reports): nothing throws, and every part
 * heading and table present in the text is found.
 */
class ExcerptsSampleTest {

  private static final Xxgk XXGK = Xxgk.create();

  @TestFactory
  Stream<DynamicTest> excerptsReadWithoutLosingPartsOrTables() throws Exception {
    Path dir = Samples.require("excerpts");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      FileResult r = XXGK.check(f);
      assertThat(r.status()).isEqualTo(FileResult.Status.CHECKED);
      AnnualReport m = r.report();
      String text = Files.readString(f);
      List<Integer> parts = m.sections().stream().map(Section::number).toList();
      String[] headings = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"};
      for (int i = 0; i < headings.length; i++) {
        if (text.contains(headings[i])) {
          assertThat(parts).as("part %d of %s", i + 1, f.getFileName()).contains(i + 1);
        }
      }
      if (text.contains("本年制发件数") || text.contains("本年新制作数量")) {
        assertThat(m.tables()).containsKey("t2");
      }
      if (text.contains("勾稽关系") && text.contains("本年新收政府信息公开申请数量")) {
        assertThat(m.tables()).containsKey("t3");
      }
    }));
  }
}
