package dev.xxgk.internal.rules;

import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.Cell;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One property of every value cell of the listed tables: {@code blank} (empty or a placeholder
 * such as {@code -}), {@code number} (text that is not a number), {@code negative} (below zero,
 * except in signed columns such as the 2019 增/减), {@code integer} (a fraction outside money
 * columns). A cell absent from the model is not checked. Location: the cell.
 *
 * @param check which property
 * @param tables table keys
 */
public record CellCheckKind(
    @Pattern(regexp = "blank|number|negative|integer") String check,
    @NotEmpty List<String> tables) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (Map.Entry<String, Cell> e : ctx.report().cells().entrySet()) {
      String key = e.getKey();
      String table = RuleContext.splitCellKey(key)[0];
      if (!tables.contains(table)) {
        continue;
      }
      TableSpec spec = ctx.tableSpec(table);
      LabelSpec column = spec == null ? null
          : spec.columnOfCell(key.substring(table.length() + 1)).orElse(null);
      if (fails(e.getValue(), column)) {
        ctx.defect().at(ctx.cellLocation(key)).arg("cell", key).arg("raw", e.getValue().raw())
            .report();
      }
    }
  }

  private boolean fails(Cell c, LabelSpec column) {
    BigDecimal v = c.value();
    return switch (check) {
      case "blank" -> c.isBlank();
      case "number" -> c.isText();
      case "negative" -> v != null && v.signum() < 0 && (column == null || !column.signed());
      case "integer" -> v != null && v.stripTrailingZeros().scale() > 0
          && (column == null || !column.money());
      default -> false;
    };
  }
}
