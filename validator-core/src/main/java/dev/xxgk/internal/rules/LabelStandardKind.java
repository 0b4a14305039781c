package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.model.LabelUse;
import dev.xxgk.model.TableInfo;

/**
 * A row or column label that extraction matched through a variant, a key phrase or a
 * parenthetical tail, rather than the official text. Location: the table, the key the label was
 * matched to (as row or column) and where it was printed.
 */
public record LabelStandardKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (TableInfo t : ctx.report().tables().values()) {
      var spec = ctx.tableSpec(t.key());
      for (LabelUse l : t.labels()) {
        boolean isColumn = spec != null && spec.column(l.key()).isPresent()
            && spec.row(l.key()).isEmpty();
        ctx.defect()
            .at(new Location(t.part(), t.key(), isColumn ? null : l.key(),
                isColumn ? l.key() : null, null, l.source().page(), l.source().line()))
            .arg("table", t.key()).arg("printed", l.printed()).arg("standard", l.standard())
            .report();
      }
    }
  }
}
