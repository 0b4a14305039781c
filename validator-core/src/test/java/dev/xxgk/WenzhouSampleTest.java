package dev.xxgk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Section;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed report: what rules-catalogue.md says checking it must give. */
class WenzhouSampleTest {

  private static final Xxgk XXGK = Xxgk.create();

  @Test
  void seedReportGivesWhatTheCatalogueSays() {
    FileResult r = XXGK.check(Samples.require("wenzhou-commerce-2024.txt"));
    AnnualReport m = r.report();
    assertThat(r.status()).isEqualTo(FileResult.Status.CHECKED);
    assertThat(m.issuer()).isEqualTo("温州市商务局");
    assertThat(m.year()).isEqualTo(2024);
    assertThat(m.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(m.period()).isNotNull();
    assertThat(m.fees().notices()).isZero();
    assertThat(m.fees().notifiedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(m.fees().collectedAmount()).isEqualByComparingTo(BigDecimal.ZERO);

    List<String> rules = r.defects().stream().map(Defect::rule).toList();
    assertThat(r.defects()).filteredOn(d -> d.rule().equals("table.missing"))
        .extracting(d -> d.location().table()).containsExactlyInAnyOrder("t2", "t3", "t4");
    assertThat(r.defects()).filteredOn(d -> d.rule().equals("section.numbering"))
        .hasSize(5).allMatch(d -> d.location().part() == 1);
    assertThat(rules).doesNotContain("text.period", "fee.statement-missing",
        "fee.collected-exceeds-notified", "section.missing", "meta.title", "meta.contact");
    assertThat(rules).noneMatch(id -> id.startsWith("t2.") || id.startsWith("t3.")
        || id.startsWith("t4.") || id.startsWith("cell."));
    assertThat(r.fails(Severity.ERROR)).isTrue();
  }
}
