package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.text.Headings;
import dev.xxgk.model.Section;

/**
 * A part found under a variant heading. Compares the printed heading with the standard one after
 * normalisation, numerals ignored (numbering is {@link SectionNumberingKind}'s concern). Location:
 * the part and the heading's page and line.
 */
public record SectionHeadingKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (Section s : ctx.report().sections()) {
      String standard = ctx.pack().section(s.number()).standard();
      if (!Headings.sameBody(s.heading(), standard)) {
        ctx.defect().at(Location.part(s.number()).withSource(s.source().page(), s.source().line()))
            .arg("part", s.number()).arg("printed", s.heading())
            .arg("standard", Headings.body(standard)).report();
      }
    }
  }
}
