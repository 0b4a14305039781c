package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.Term;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Cell;
import dev.xxgk.model.Fees;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An arithmetic relation between two sums of cells, for each binding of {@code for-each}: {@code
 * left op right} with {@code op} one of {@code eq}, {@code ge}, {@code le}. The left side is the
 * checked value ("actual"), the right side what it should be ("expected").
 *
 * <p>Missing values: an instance is skipped when any of its cells is absent (its row, column or
 * table was not found; reported by the structure rules) or holds text (reported by {@code
 * cell.not-a-number}). A blank cell counts as 0, and the message names it. Tolerance: exact unless
 * {@code tolerance} is set (for money), compared with {@link BigDecimal} arithmetic. Location: the
 * left cell when the left side is one cell, else the table with the bound row or column.
 *
 * @param forEach placeholder bindings, e.g. {@code {col: "@t3.columns"}}
 * @param left templates of the checked side
 * @param right templates of the expected side
 * @param op relation, {@code eq} by default
 * @param tolerance largest difference accepted, 0 by default
 */
public record EquationKind(
    @Nullable Map<String, Object> forEach,
    @NotEmpty List<String> left,
    @NotEmpty List<String> right,
    @Nullable @Pattern(regexp = "eq|ge|le") String op,
    @Nullable @PositiveOrZero BigDecimal tolerance) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (Map<String, String> binding : CellRefs.bindings(forEach, ctx::tableSpec)) {
      List<CellRefs.Ref> l = CellRefs.expand(left, binding, ctx::tableSpec);
      List<CellRefs.Ref> r = CellRefs.expand(right, binding, ctx::tableSpec);
      List<Term> terms = new ArrayList<>();
      BigDecimal actual = sum(ctx.report(), l, "left", terms);
      BigDecimal expected = sum(ctx.report(), r, "right", terms);
      if (actual == null || expected == null || holds(actual, expected)) {
        continue;
      }
      ctx.defect().at(location(ctx, l, binding)).numbers(expected, actual).terms(terms)
          .arg("instance", instance(ctx, l, binding)).report();
    }
  }

  private boolean holds(BigDecimal actual, BigDecimal expected) {
    BigDecimal tol = tolerance == null ? BigDecimal.ZERO : tolerance;
    BigDecimal diff = actual.subtract(expected);
    return switch (op == null ? "eq" : op) {
      case "ge" -> diff.compareTo(tol.negate()) >= 0;
      case "le" -> diff.compareTo(tol) <= 0;
      default -> diff.abs().compareTo(tol) <= 0;
    };
  }

  private static @Nullable BigDecimal sum(AnnualReport report, List<CellRefs.Ref> refs,
      String side, List<Term> terms) {
    if (refs.isEmpty()) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (CellRefs.Ref ref : refs) {
      Cell c = lookup(report, ref.key());
      if (c == null || c.isText()) {
        return null;
      }
      BigDecimal v = c.value() == null ? BigDecimal.ZERO : c.value();
      if (ref.negated()) {
        v = v.negate();
      }
      terms.add(new Term(side, ref.key(), v, c.value() == null, ref.negated()));
      total = total.add(v);
    }
    return total;
  }

  /** A cell, or a fee field of part 6 presented as a cell. */
  static @Nullable Cell lookup(AnnualReport report, String key) {
    if (!key.startsWith("fees.")) {
      return report.cells().get(key);
    }
    Fees f = report.fees();
    if (f == null) {
      return null;
    }
    Object v = switch (key) {
      case "fees.notices" -> f.notices() == null ? null : BigDecimal.valueOf(f.notices());
      case "fees.notified_amount" -> f.notifiedAmount();
      case "fees.collected_amount" -> f.collectedAmount();
      default -> null;
    };
    return v == null ? null : new Cell((BigDecimal) v, v.toString(), f.source());
  }

  private static Location location(RuleContext ctx, List<CellRefs.Ref> l,
      Map<String, String> binding) {
    if (l.size() == 1 && !l.get(0).key().startsWith("fees.")) {
      return ctx.cellLocation(l.get(0).key());
    }
    if (l.get(0).key().startsWith("fees.")) {
      Cell c = lookup(ctx.report(), l.get(0).key());
      return Location.part(6).withSource(c == null ? null : c.source().page(),
          c == null ? null : c.source().line());
    }
    String table = RuleContext.splitCellKey(l.get(0).key())[0];
    var info = ctx.report().tables().get(table);
    return new Location(info == null ? null : info.part(), table, binding.get("row"),
        binding.get("col"), null, info == null ? null : info.source().page(),
        info == null ? null : info.source().line());
  }

  private static String instance(RuleContext ctx, List<CellRefs.Ref> l,
      Map<String, String> binding) {
    String table = RuleContext.splitCellKey(l.get(0).key())[0];
    if (binding.containsKey("col")) {
      return "@col|" + table + "|" + binding.get("col");
    }
    if (binding.containsKey("row")) {
      return "@row|" + table + "|" + binding.get("row");
    }
    return "";
  }

  @Override
  public List<String> cellRefs() {
    return Stream.concat(left.stream(), right.stream()).toList();
  }
}
