package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.BlockSpec;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides which statistical table a grid holds by counting its cells that match a label of each
 * table (any shape). A grid with fewer than two matching labels is no statistical table.
 */
final class TableClassifier {

  private static final int MIN_HITS = 2;

  private TableClassifier() {}

  static @Nullable String classify(List<Token> tokens, Dictionary dictionary) {
    String best = null;
    int bestHits = MIN_HITS - 1;
    for (Map.Entry<String, List<TableSpec>> e : dictionary.shapes().entrySet()) {
      for (TableSpec spec : e.getValue()) {
        int hits = hits(tokens, spec);
        if (hits > bestHits) {
          bestHits = hits;
          best = e.getKey();
        }
      }
    }
    return best;
  }

  private static int hits(List<Token> tokens, TableSpec spec) {
    TokenKinds kinds = new TokenKinds(spec);
    int hits = 0;
    for (Token t : tokens) {
      if (t.norm().isEmpty() || TokenKinds.isValueLike(t)) {
        continue;
      }
      if (kinds.isGroup(t) || matchesAny(t, spec)) {
        hits++;
      }
    }
    return hits;
  }

  private static boolean matchesAny(Token t, TableSpec spec) {
    for (BlockSpec b : spec.blocks()) {
      for (LabelSpec l : b.rows()) {
        if (LabelMatcher.match(t.norm(), l) != LabelMatcher.Match.NONE) {
          return true;
        }
      }
      for (LabelSpec l : b.columns()) {
        if (LabelMatcher.match(t.norm(), l) != LabelMatcher.Match.NONE) {
          return true;
        }
      }
    }
    return false;
  }
}
