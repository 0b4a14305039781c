package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.BlockSpec;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.CellText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Label lookups over one table layout, shared by the table readers. */
final class TokenKinds {

  /** A label hit: the spec it matched, how, and its block. */
  record Hit(LabelSpec spec, LabelMatcher.Match match, @Nullable BlockSpec block) {}

  private final TableSpec spec;
  private final List<String> groups;

  TokenKinds(TableSpec spec) {
    this.spec = spec;
    List<String> g = new ArrayList<>();
    for (String s : spec.groupList()) {
      g.add(Normalizer.label(s));
    }
    for (BlockSpec b : spec.blocks()) {
      if (b.title() != null) {
        g.add(Normalizer.label(b.title()));
      }
    }
    this.groups = g;
  }

  boolean isGroup(Token t) {
    if (t.norm().isEmpty()) {
      return false;
    }
    if (t.norm().contains("勾稽关系")) {
      return true;
    }
    for (String g : groups) {
      if (t.norm().equals(g) || t.norm().equals(LabelMatcher.body(g))) {
        return true;
      }
    }
    return false;
  }

  /** The block whose title this token is, or null. */
  @Nullable BlockSpec blockTitle(Token t) {
    for (BlockSpec b : spec.blocks()) {
      if (b.title() != null && t.norm().equals(Normalizer.label(b.title()))) {
        return b;
      }
    }
    return null;
  }

  @Nullable Hit row(Token t) {
    return best(t, true);
  }

  @Nullable Hit column(Token t) {
    return best(t, false);
  }

  private @Nullable Hit best(Token t, boolean rows) {
    Hit deviating = null;
    for (BlockSpec b : spec.blocks()) {
      for (LabelSpec l : rows ? b.rows() : b.columns()) {
        LabelMatcher.Match m = LabelMatcher.match(t.norm(), l);
        if (m == LabelMatcher.Match.EXACT) {
          return new Hit(l, m, b);
        }
        if (m == LabelMatcher.Match.DEVIATING && deviating == null) {
          deviating = new Hit(l, m, b);
        }
      }
    }
    return deviating;
  }

  static boolean isValueLike(Token t) {
    return t.norm().isEmpty() || CellText.isPlaceholder(t.text()) || CellText.parse(t.text()) != null;
  }

  /** Text that reads like a column or row label rather than a cell value. */
  static boolean isLabelLike(Token t) {
    return !isValueLike(t) && t.norm().codePoints().anyMatch(c -> c >= 0x3400);
  }
}
