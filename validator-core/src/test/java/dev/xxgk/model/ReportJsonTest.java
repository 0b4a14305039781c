package dev.xxgk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = ReportJson.class.getResourceAsStream("/dev/xxgk/annual-report.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static AnnualReport sample() {
    return AnnualReport.builder().title("某市商务局2024年政府信息公开工作年度报告").issuer("某市商务局")
        .year(2024).format(ReportFormat.F2021).kind(ReportKind.DEPARTMENT)
        .period(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "", SourceRef.UNKNOWN))
        .section(new Section(1, "一", "总体情况", "正文", SourceRef.line(3)))
        .cell("t3.received.natural_person", 58)
        .cell("t3.withheld.state_secret.total", new Cell(null, "", SourceRef.line(9)))
        .cell("t3.other.other.total", new Cell(null, "若干", SourceRef.line(10)))
        .cell("t2.fees.amount", new Cell(new BigDecimal("1.25"), "1.25", SourceRef.UNKNOWN))
        .fees(new Fees(0, BigDecimal.ZERO, BigDecimal.ZERO, SourceRef.UNKNOWN))
        .build();
  }

  @Test
  void flatteningTablesGivesExactlyTheCanonicalKeys() throws Exception {
    var tree = new ObjectMapper().readTree(ReportJson.write(sample()));
    assertThat(ReportJson.flatKeys(tree.get("tables"))).containsExactly(
        "t3.received.natural_person", "t3.withheld.state_secret.total", "t3.other.other.total",
        "t2.fees.amount");
    assertThat(tree.at("/tables/t3/received/natural_person").asInt()).isEqualTo(58);
    assertThat(tree.at("/tables/t3/withheld/state_secret/total").isNull()).isTrue();
    assertThat(tree.at("/tables/t2/fees/amount").decimalValue()).isEqualByComparingTo("1.25");
  }

  @Test
  void roundTripKeepsValuesBlanksTextAndLocations() {
    AnnualReport back = ReportJson.read(ReportJson.write(sample()));
    assertThat(back.value("t3.received.natural_person")).contains(BigDecimal.valueOf(58));
    assertThat(back.cells().get("t3.withheld.state_secret.total").isBlank()).isTrue();
    assertThat(back.cells().get("t3.other.other.total").isText()).isTrue();
    assertThat(back.cells().get("t3.other.other.total").source().line()).isEqualTo(10);
    assertThat(back.period().to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(back.sections()).singleElement().extracting(Section::heading).isEqualTo("总体情况");
    assertThat(back.tables()).containsKeys("t2", "t3");
  }

  @Test
  void writtenJsonConformsToThePublishedSchema() {
    assertThat(SCHEMA.validate(ReportJson.write(sample()), InputFormat.JSON)).isEmpty();
  }

  @Test
  void schemaRejectsUnknownCellsAndWrongTypes() {
    assertThat(SCHEMA.validate("{\"tables\":{\"t3\":{\"received\":{\"martians\":1}}}}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(SCHEMA.validate("{\"year\":\"2024\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void structuralErrorsSayWhere() {
    assertThatThrownBy(() -> ReportJson.read("[1,2]")).hasMessageContaining("top level");
    assertThatThrownBy(() -> ReportJson.read("{\"tables\":{\"t3\":{\"received\":[1]}}}"))
        .hasMessageContaining("t3.received");
    assertThatThrownBy(() -> ReportJson.read("{\"sections\":[{\"number\":9}]}"))
        .hasMessageContaining("1 to 6");
    assertThat(ReportJson.read("{}").cells()).isEmpty();
  }
}
