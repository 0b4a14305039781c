package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.TableInfo;

/**
 * Every row of the official layout must be present in each table that was found (a table that was
 * not found at all is {@link TablePresentKind}'s concern). Location: the table and the missing
 * row's key.
 */
public record TableRowsKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (TableInfo t : ctx.report().tables().values()) {
      TableSpec spec = ctx.tableSpec(t.key());
      if (spec == null) {
        continue;
      }
      for (String row : spec.rowKeys()) {
        if (!t.rows().contains(row)) {
          String label = spec.row(row).map(LabelSpec::standard).orElse(row);
          ctx.defect().at(new Location(t.part(), t.key(), row, null, null, t.source().page(),
                  t.source().line()))
              .arg("table", t.key()).arg("label", label).report();
        }
      }
    }
  }
}
