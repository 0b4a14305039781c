package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.TableInfo;
import java.util.List;

/**
 * Every value column of the official layout must be present, in official order, with no column
 * added (such as a 法人或其他组织 subtotal). Location: the table and the column's key.
 */
public record TableColumnsKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (TableInfo t : ctx.report().tables().values()) {
      TableSpec spec = ctx.tableSpec(t.key());
      if (spec == null) {
        continue;
      }
      List<String> official = spec.columnKeys();
      for (String col : official) {
        if (!t.columns().contains(col)) {
          String label = spec.column(col).map(LabelSpec::standard).orElse(col);
          ctx.defect().variant("missing").at(at(t, col)).arg("table", t.key()).arg("label", label)
              .report();
        }
      }
      for (String extra : t.extraColumns()) {
        ctx.defect().variant("extra").at(at(t, null)).arg("table", t.key()).arg("label", extra)
            .report();
      }
      List<String> printed = t.columns().stream().filter(official::contains).toList();
      List<String> expectedOrder = official.stream().filter(printed::contains).toList();
      if (!printed.equals(expectedOrder)) {
        ctx.defect().variant("order").at(at(t, null)).arg("table", t.key())
            .arg("printed", String.join(" / ", printed.stream()
                .map(c -> spec.column(c).map(LabelSpec::standard).orElse(c)).toList()))
            .report();
      }
    }
  }

  private static Location at(TableInfo t, String column) {
    return new Location(t.part(), t.key(), null, column, null, t.source().page(), t.source().line());
  }
}
