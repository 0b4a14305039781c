package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and corrupted pages give a document or an {@link InputProblem}, nothing else. */
class MangledInputTest {

  private static final byte[] PAGE = HtmlPages.page(HtmlPages.article(
      HtmlPages.smallTable("规章", "0"), HtmlPages.table3(), HtmlPages.smallTable("总计", "0")))
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void truncatedAndCorruptedPagesNeverThrowAnythingButInputProblem() {
    Random random = new Random(20240131);
    int documents = 0;
    for (int i = 0; i < 300; i++) {
      byte[] bytes = Arrays.copyOf(PAGE, 1 + random.nextInt(PAGE.length));
      for (int flips = random.nextInt(4); flips > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      try {
        new HtmlReader().read(Source.of("mangled.html", bytes));
        documents++;
      } catch (InputProblem expected) {
        assertThat(expected.rule()).startsWith("input.");
      }
    }
    assertThat(documents).isPositive();
  }
}
