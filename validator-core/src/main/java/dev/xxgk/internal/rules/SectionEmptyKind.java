package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.Section;
import dev.xxgk.model.TableInfo;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A listed part with a heading but no content: fewer than {@code minChars} characters of text
 * (whitespace and punctuation not counted) and no table placed in it. Location: the part's heading.
 *
 * @param minChars the fewest characters that count as content
 * @param parts the parts checked
 */
public record SectionEmptyKind(@PositiveOrZero int minChars, @NotEmpty List<Integer> parts)
    implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (Section s : ctx.report().sections()) {
      if (!parts.contains(s.number())) {
        continue;
      }
      String letters = Normalizer.label(s.text()).replaceAll("[\\p{P}\\p{S}]", "");
      boolean hasTable = ctx.report().tables().values().stream()
          .map(TableInfo::part).anyMatch(p -> p != null && p == s.number());
      if (letters.length() < minChars && !hasTable) {
        ctx.defect().at(Location.part(s.number()).withSource(s.source().page(), s.source().line()))
            .arg("part", s.number()).arg("heading", s.heading()).report();
      }
    }
  }
}
