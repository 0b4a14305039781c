package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.text.ChineseNumerals;
import dev.xxgk.model.Section;
import dev.xxgk.model.StrayHeading;

/**
 * Top-level numerals must be used by the six parts only, each with its own numeral: reports every
 * sub-heading numbered {@code 一、} like a part, and every part printed with another numeral than
 * its own. A part printed without a numeral is not reported. Location: the heading's part, page and
 * line.
 */
public record SectionNumberingKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    for (StrayHeading h : ctx.report().strayHeadings()) {
      ctx.defect().variant("stray")
          .at(Location.part(h.part()).withSource(h.source().page(), h.source().line()))
          .arg("part", h.part()).arg("numeral", h.numeral()).arg("text", h.text()).report();
    }
    for (Section s : ctx.report().sections()) {
      String expected = ChineseNumerals.of(s.number());
      if (s.numeral() != null && !s.numeral().equals(expected)) {
        ctx.defect().variant("numeral")
            .at(Location.part(s.number()).withSource(s.source().page(), s.source().line()))
            .arg("part", s.number()).arg("numeral", s.numeral()).arg("expectedNumeral", expected)
            .report();
      }
    }
  }
}
