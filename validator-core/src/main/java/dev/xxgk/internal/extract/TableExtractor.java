package dev.xxgk.internal.extract;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.ReportFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Finds tables 2 to 4 among a document's grids by their labels, wherever they stand, reads each
 * in the shape it fits best, and decides the report's format from the signatures printed.
 * Immutable and thread-safe.
 */
final class TableExtractor {

  private final Dictionary dictionary;

  TableExtractor(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Adds every table found, its cells and the format to the builder.
   *
   * @param partOfBlock the part a block index stands in (0 before part 1)
   */
  void extract(Document doc, IntUnaryOperator partOfBlock, AnnualReport.Builder b) {
    Map<String, List<Token>> tokens = new LinkedHashMap<>();
    Map<String, Integer> firstBlock = new LinkedHashMap<>();
    for (int i = 0; i < doc.blocks().size(); i++) {
      Block block = doc.blocks().get(i);
      if (!(block instanceof TableGrid grid)) {
        continue;
      }
      List<Token> gridTokens = grid.readingOrder().stream().map(Token::of).toList();
      String key = TableClassifier.classify(gridTokens, dictionary);
      if (key == null) {
        continue;
      }
      tokens.computeIfAbsent(key, k -> new ArrayList<>()).addAll(gridTokens);
      firstBlock.putIfAbsent(key, i);
    }
    List<TableResult> results = new ArrayList<>();
    for (var e : tokens.entrySet()) {
      TableResult best = bestShape(e.getKey(), e.getValue());
      int part = partOfBlock.applyAsInt(firstBlock.get(e.getKey()));
      b.table(best.info(part));
      results.add(best);
    }
    for (String t : List.of("t2", "t3", "t4")) {
      results.stream().filter(r -> r.key().equals(t)).findFirst()
          .ifPresent(r -> r.cells().forEach(b::cell));
    }
    classifyFormat(tokens, b);
  }

  private TableResult bestShape(String key, List<Token> tokens) {
    TableResult best = null;
    for (TokenKinds kinds : dictionary.kinds().getOrDefault(key, List.of())) {
      TableResult r = kinds.spec().blocksAcross() ? AcrossTableReader.read(key, kinds, tokens)
          : RowTableReader.read(key, kinds, tokens);
      if (best == null || r.score() > best.score()) {
        best = r;
      }
    }
    return best;
  }

  private void classifyFormat(Map<String, List<Token>> tokens, AnnualReport.Builder b) {
    List<String> old = signaturesFound("2019", tokens);
    List<String> current = signaturesFound("2021", tokens);
    ReportFormat f = old.isEmpty() && current.isEmpty() ? ReportFormat.UNKNOWN
        : old.isEmpty() ? ReportFormat.F2021
        : current.isEmpty() ? ReportFormat.F2019 : ReportFormat.MIXED;
    b.format(f);
    old.forEach(b::formatEvidence);
    if (f != ReportFormat.F2019) {
      current.forEach(b::formatEvidence);
    }
  }

  private List<String> signaturesFound(String format, Map<String, List<Token>> tokens) {
    List<String> found = new ArrayList<>();
    for (String sig : dictionary.signatures().getOrDefault(format, List.of())) {
      String n = Normalizer.label(sig);
      boolean hit = tokens.values().stream().flatMap(List::stream)
          .anyMatch(t -> t.norm().contains(n));
      if (hit) {
        found.add(sig);
      }
    }
    return found;
  }
}
