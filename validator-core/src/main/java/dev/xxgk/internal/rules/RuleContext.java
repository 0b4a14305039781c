package dev.xxgk.internal.rules;

import dev.xxgk.Defect;
import dev.xxgk.Location;
import dev.xxgk.Severity;
import dev.xxgk.Term;
import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Cell;
import dev.xxgk.model.SourceRef;
import dev.xxgk.model.TableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** What a rule kind sees while it checks one report, and where it reports defects. */
public final class RuleContext {

  private final AnnualReport report;
  private final RulePack pack;
  private final Rule rule;
  private final BiFunction<String, String, @Nullable TableSpec> shapes;
  private final List<Defect> out;

  public RuleContext(AnnualReport report, RulePack pack, Rule rule,
      BiFunction<String, String, @Nullable TableSpec> shapes, List<Defect> out) {
    this.report = report;
    this.pack = pack;
    this.rule = rule;
    this.shapes = shapes;
    this.out = out;
  }

  public AnnualReport report() {
    return report;
  }

  public RulePack pack() {
    return pack;
  }

  /**
   * The layout of a table as the report printed it: the layout of the shape the extractor
   * recognised, else the pack's own.
   */
  public @Nullable TableSpec tableSpec(String table) {
    TableInfo info = report.tables().get(table);
    if (info != null) {
      TableSpec byShape = shapes.apply(table, info.shape());
      if (byShape != null) {
        return byShape;
      }
    }
    return pack.tables().get(table);
  }

  /** Starts a defect of the current rule. */
  public Draft defect() {
    return new Draft();
  }

  /** Location of a cell: its keys and where it was printed. */
  public Location cellLocation(String key) {
    String[] parts = splitCellKey(key);
    Cell c = report.cells().get(key);
    SourceRef src = c == null ? SourceRef.UNKNOWN : c.source();
    TableInfo info = report.tables().get(parts[0]);
    Integer part = info == null ? null : info.part();
    return new Location(part, parts[0], parts[1], parts[2], key, src.page(), src.line());
  }

  /** Splits {@code t3.withheld.state_secret.total} into table, row and column keys. */
  public static String[] splitCellKey(String key) {
    int first = key.indexOf('.');
    int last = key.lastIndexOf('.');
    if (first < 0 || first == last) {
      return new String[] {key, null, null};
    }
    return new String[] {key.substring(0, first), key.substring(first + 1, last),
        key.substring(last + 1)};
  }

  /** A defect being built; {@link #report()} adds it. */
  public final class Draft {
    private Severity severity = rule.severity();
    private @Nullable String variant;
    private final Map<String, String> args = new LinkedHashMap<>();
    private Location location = Location.NONE;
    private @Nullable BigDecimal expected;
    private @Nullable BigDecimal actual;
    private final List<Term> terms = new ArrayList<>();

    public Draft variant(String v) { variant = v; return this; }
    public Draft severity(Severity s) { severity = s; return this; }
    public Draft arg(String name, @Nullable Object value) {
      args.put(name, value == null ? "" : value instanceof BigDecimal b ? b.toPlainString()
          : value.toString());
      return this;
    }
    public Draft at(Location l) { location = l; return this; }
    public Draft numbers(BigDecimal exp, BigDecimal act) { expected = exp; actual = act; return this; }
    public Draft terms(List<Term> t) { terms.addAll(t); return this; }

    public void report() {
      out.add(new Defect(rule.id(), severity, rule.layer(), variant, args, location, expected,
          actual, terms));
    }
  }
}
