package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.BlockSpec;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.CellText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Label lookups over one table layout, shared by the classifier and the table readers. Built once
 * per layout (the labels are normalised here, not per token). Immutable and thread-safe.
 */
final class TokenKinds {

  /** A label hit: the spec it matched, how, and its block. */
  record Hit(LabelSpec spec, LabelMatcher.Match match, @Nullable BlockSpec block) {}

  private record Entry(LabelSpec spec, LabelMatcher.Target target, BlockSpec block) {}

  private final TableSpec spec;
  private final List<String> groups;
  private final List<Entry> rows = new ArrayList<>();
  private final List<Entry> columns = new ArrayList<>();

  TokenKinds(TableSpec spec) {
    this.spec = spec;
    List<String> g = new ArrayList<>();
    for (String s : spec.groupList()) {
      g.add(LabelMatcher.canonical(Normalizer.label(s)));
    }
    for (BlockSpec b : spec.blocks()) {
      if (b.title() != null) {
        g.add(Normalizer.label(b.title()));
      }
      b.rows().forEach(r -> rows.add(new Entry(r, LabelMatcher.Target.of(r), b)));
      b.columns().forEach(c -> columns.add(new Entry(c, LabelMatcher.Target.of(c), b)));
    }
    this.groups = g;
  }

  TableSpec spec() {
    return spec;
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

  /** True when this token is a block title. */
  boolean isBlockTitle(Token t) {
    for (BlockSpec b : spec.blocks()) {
      if (b.title() != null && t.norm().equals(Normalizer.label(b.title()))) {
        return true;
      }
    }
    return false;
  }

  @Nullable Hit row(Token t) {
    return best(t, rows);
  }

  @Nullable Hit column(Token t) {
    return best(t, columns);
  }

  /** True when the token matches any row or column label. */
  boolean matchesAny(Token t) {
    return row(t) != null || column(t) != null;
  }

  private static @Nullable Hit best(Token t, List<Entry> entries) {
    if (t.norm().isEmpty()) {
      return null;
    }
    Hit deviating = null;
    for (Entry e : entries) {
      LabelMatcher.Match m = LabelMatcher.match(t.norm(), t.body(), e.target());
      if (m == LabelMatcher.Match.EXACT) {
        return new Hit(e.spec(), m, e.block());
      }
      if (m == LabelMatcher.Match.DEVIATING && deviating == null) {
        deviating = new Hit(e.spec(), m, e.block());
      }
    }
    return deviating != null ? deviating : typo(t, entries);
  }

  /** The one label the token misspells; none when it is ambiguous. */
  private static @Nullable Hit typo(Token t, List<Entry> entries) {
    Hit found = null;
    for (Entry e : entries) {
      if (LabelMatcher.typo(t.norm(), e.target())) {
        if (found != null && found.spec() != e.spec()) {
          return null;
        }
        found = new Hit(e.spec(), LabelMatcher.Match.DEVIATING, e.block());
      }
    }
    return found;
  }

  static boolean isValueLike(Token t) {
    return t.norm().isEmpty() || CellText.isPlaceholder(t.text()) || CellText.parse(t.text()) != null;
  }

  /** Text that reads like a column or row label rather than a cell value. */
  static boolean isLabelLike(Token t) {
    return !isValueLike(t) && t.norm().codePoints().anyMatch(c -> c >= 0x3400);
  }
}
