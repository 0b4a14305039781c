package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.Section;
import dev.xxgk.model.TableInfo;

/**
 * Parts must come in order 1 to 6, and each table must stand in its own part. Reports a part that
 * follows a higher-numbered one, and a table printed in another part (or before part 1). Location:
 * the part, or the table and where it starts.
 */
public record SectionOrderKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    int highest = 0;
    for (Section s : ctx.report().sections()) {
      if (s.number() < highest) {
        ctx.defect().variant("parts")
            .at(Location.part(s.number()).withSource(s.source().page(), s.source().line()))
            .arg("part", s.number()).arg("previous", highest).report();
      }
      highest = Math.max(highest, s.number());
    }
    for (TableInfo t : ctx.report().tables().values()) {
      TableSpec spec = ctx.tableSpec(t.key());
      if (t.part() == null || spec == null || t.part() == spec.part()) {
        continue;
      }
      ctx.defect().variant("table")
          .at(new Location(t.part(), t.key(), null, null, null, t.source().page(),
              t.source().line()))
          .arg("expectedPart", spec.part()).arg("part", t.part())
          .arg("where", t.part() == 0 ? "@word.before-part-1" : "@word.part|" + t.part())
          .report();
    }
  }
}
