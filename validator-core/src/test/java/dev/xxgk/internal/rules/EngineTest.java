package dev.xxgk.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.Defect;
import dev.xxgk.Severity;
import dev.xxgk.internal.pack.Basis;
import dev.xxgk.internal.pack.PackLoader;
import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.model.AnnualReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void aRuleThatThrowsBecomesRuleFailedAndTheOthersStillRun() {
    Map<String, RulePack> packs = new PackLoader().loadBuiltIn();
    RulePack base = packs.get("gov-2021");
    List<Rule> rules = new ArrayList<>(base.rules());
    // a scope that load-time validation would refuse: built here directly to make the kind throw
    rules.add(0, new Rule("x.throws", Severity.ERROR, Basis.CONVENTION, "c", null,
        new TextPatternKind("required", List.of("not-a-part"), List.of("x")), "test", "test:1"));
    RulePack broken = new RulePack(base.name(), base.format(), base.layers(), base.sections(),
        base.tables(), base.signatures(), rules);
    Map<String, RulePack> withBroken = new LinkedHashMap<>(packs);
    withBroken.put("gov-2021", broken);

    AnnualReport report = AnnualReport.builder().title("某局2024年政府信息公开工作年度报告").year(2024).build();
    List<Defect> defects = new Engine(withBroken).check(report);

    assertThat(defects).filteredOn(d -> d.rule().equals("internal.rule-failed")).singleElement()
        .satisfies(d -> assertThat(d.args().get("rule")).isEqualTo("x.throws"));
    assertThat(defects).extracting(Defect::rule).contains("section.missing", "table.missing");
  }

  @Test
  void engineIsSafeToShareAcrossThreads() throws Exception {
    Engine engine = new Engine(new PackLoader().loadBuiltIn());
    AnnualReport report = AnnualReport.builder().title("某局2024年政府信息公开工作年度报告").year(2024)
        .cell("t4.review.upheld", 1).cell("t4.review.corrected", 0).cell("t4.review.other", 0)
        .cell("t4.review.pending", 0).cell("t4.review.total", 2).build();
    List<Defect> expected = engine.check(report);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Defect>>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> engine.check(report)));
      }
      for (var f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
