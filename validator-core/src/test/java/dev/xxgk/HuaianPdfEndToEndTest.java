package dev.xxgk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Cell;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real 淮安市 2024 PDF through the facade: extraction gives every cell of the hand-made answer
 * key, and checking finds no error. Skipped on a clone without {@code ../shared} next to the
 * repository.
 */
class HuaianPdfEndToEndTest {

  private static Path pdf;
  private static Path key;
  private static Xxgk xxgk;

  @BeforeAll
  static void available() {
    pdf = Samples.require("huaian-city-2024.pdf");
    key = Samples.require("huaian-city-2024.cells.json");
    xxgk = Xxgk.create();
  }

  @Test
  void extractionGivesEveryCellOfTheAnswerKey() throws Exception {
    Map<String, Integer> cells = new ObjectMapper().readValue(key.toFile(),
        new TypeReference<Map<String, Integer>>() {});

    FileResult result = xxgk.extract(pdf);

    assertThat(result.status()).isEqualTo(FileResult.Status.CHECKED);
    AnnualReport report = result.report();
    assertThat(report).isNotNull();
    Map<String, BigDecimal> found = new LinkedHashMap<>();
    cells.keySet().forEach(k -> {
      Cell c = report.cells().get(k);
      found.put(k, c == null ? null : c.value());
    });
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    cells.forEach((k, v) -> expected.put(k, BigDecimal.valueOf(v)));
    assertThat(found).isEqualTo(expected);
    assertThat(report.issuer()).as("issuer, from a title printed over two lines").isNotBlank();
    assertThat(report.title()).startsWith(report.issuer()).endsWith("政府信息公开工作年度报告");
    assertThat(report.year()).isEqualTo(2024);
    assertThat(report.sections()).hasSize(6);
  }

  @Test
  void checkingFindsNoError() {
    FileResult result = xxgk.check(pdf);

    assertThat(result.status()).isEqualTo(FileResult.Status.CHECKED);
    assertThat(result.defects()).filteredOn(d -> d.severity() == Severity.ERROR)
        .as("error-level defects").isEmpty();
  }
}
