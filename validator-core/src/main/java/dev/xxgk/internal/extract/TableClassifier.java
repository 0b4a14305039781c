package dev.xxgk.internal.extract;

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
    for (Map.Entry<String, List<TokenKinds>> e : dictionary.kinds().entrySet()) {
      for (TokenKinds kinds : e.getValue()) {
        int hits = hits(tokens, kinds);
        if (hits > bestHits) {
          bestHits = hits;
          best = e.getKey();
        }
      }
    }
    return best;
  }

  private static int hits(List<Token> tokens, TokenKinds kinds) {
    int hits = 0;
    for (Token t : tokens) {
      if (!t.norm().isEmpty() && !TokenKinds.isValueLike(t) && (kinds.isGroup(t) || kinds.matchesAny(t))) {
        hits++;
      }
    }
    return hits;
  }
}
