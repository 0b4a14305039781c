package dev.xxgk.internal.rules;

import dev.xxgk.Defect;
import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs a pack's rules over a report. Rules run independently: a rule that throws becomes an
 * {@code internal.rule-failed} defect and the others still run. Immutable and thread-safe.
 */
public final class Engine {

  private final Map<String, RulePack> packs;
  private final RulePack base;

  /**
   * @param packs the loaded packs by name; the first is the base pack (gov-2021)
   */
  public Engine(Map<String, RulePack> packs) {
    this.packs = Map.copyOf(packs);
    this.base = packs.values().iterator().next();
  }

  /** The pack that checks a report: the one whose format its tables follow, else the base. */
  public RulePack packFor(AnnualReport report) {
    if (report.format() == ReportFormat.F2019) {
      return packs.values().stream().filter(p -> p.format().equals("2019")).findFirst()
          .orElse(base);
    }
    return base;
  }

  /** The layout of a table in a given shape, from whichever pack defines that shape. */
  public @Nullable TableSpec shape(String table, String shape) {
    for (RulePack p : packs.values()) {
      TableSpec t = p.tables().get(table);
      if (t != null && t.shape().equals(shape)) {
        return t;
      }
    }
    return null;
  }

  public List<Defect> check(AnnualReport report) {
    RulePack pack = packFor(report);
    List<Defect> out = new ArrayList<>();
    for (Rule rule : pack.rules()) {
      if (!rule.appliesTo(report.year())) {
        continue;
      }
      int before = out.size();
      try {
        rule.kind().check(new RuleContext(report, pack, rule, this::shape, out));
      } catch (RuntimeException e) {
        out.subList(before, out.size()).clear();
        Rule failed = pack.rule("internal.rule-failed").orElse(rule);
        new RuleContext(report, pack, failed, this::shape, out).defect()
            .arg("rule", rule.id()).arg("error", e.toString()).report();
      }
    }
    return out;
  }

  public Map<String, RulePack> packs() {
    return packs;
  }
}
