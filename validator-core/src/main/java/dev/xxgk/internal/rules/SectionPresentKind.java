package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * Each listed part must be present. Location: the part number. No tolerance; a part is present
 * when extraction matched its heading (standard or variant).
 *
 * @param parts the part numbers that must be present
 */
public record SectionPresentKind(@NotEmpty List<Integer> parts) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (int part : parts) {
      if (ctx.report().section(part).isEmpty()) {
        ctx.defect().at(Location.part(part)).arg("part", part)
            .arg("heading", ctx.pack().section(part).standard()).report();
      }
    }
  }
}
