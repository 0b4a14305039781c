package dev.xxgk.internal.rules;

import dev.xxgk.model.Cell;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A cell whose printed text matches {@code rawPattern} (e.g. a unit written into the cell) or
 * whose value exceeds {@code max}. The size check applies only to reports of the listed kinds
 * (a government's own report sums a whole region, so its amounts are legitimately large). A blank
 * or absent cell is not checked. Location: the cell.
 *
 * @param cell the cell key
 * @param rawPattern regular expression searched in the printed text, or null
 * @param max largest plausible value, or null
 * @param maxKinds report kinds the size check applies to ({@code department}, {@code government},
 *     {@code unknown}); null for all
 */
public record CellPlausibilityKind(@NotBlank String cell, @Nullable @ValidRegex String rawPattern,
    @Nullable BigDecimal max, @Nullable List<@jakarta.validation.constraints.Pattern(
        regexp = "department|government|unknown") String> maxKinds)
    implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    Cell c = ctx.report().cells().get(cell);
    if (c == null || c.isBlank()) {
      return;
    }
    boolean unitInText = rawPattern != null && Pattern.compile(rawPattern).matcher(c.raw()).find();
    boolean sizeApplies = maxKinds == null || maxKinds.contains(ctx.report().kind().code());
    boolean tooLarge = sizeApplies && max != null && c.value() != null && c.value().compareTo(max) > 0;
    if (unitInText || tooLarge) {
      ctx.defect().at(ctx.cellLocation(cell)).arg("raw", c.raw()).arg("value", c.value()).report();
    }
  }

  @Override
  public List<String> cellRefs() {
    return List.of(cell);
  }
}
