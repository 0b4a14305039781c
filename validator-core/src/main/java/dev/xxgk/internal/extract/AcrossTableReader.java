package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.BlockSpec;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.model.Cell;
import dev.xxgk.model.CellText;
import dev.xxgk.model.LabelUse;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a table whose blocks stand side by side over one data row (table 4: 行政复议, then 行政诉讼
 * split into 未经复议直接起诉 and 复议后起诉, five columns each). Header labels come first; the
 * values after the last header label are assigned to the blocks found, in official order, five
 * columns each.
 */
final class AcrossTableReader {

  private AcrossTableReader() {}

  static TableResult read(String key, TableSpec spec, List<Token> tokens) {
    TokenKinds kinds = new TokenKinds(spec);
    BlockSpec block = spec.blocks().get(0);
    Set<String> blocks = new LinkedHashSet<>();
    List<String> leafOrder = new ArrayList<>();
    List<LabelUse> labels = new ArrayList<>();
    int lastHeader = -1;
    int score = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.norm().isEmpty()) {
        continue;
      }
      if (kinds.isGroup(t)) {
        score++;
        lastHeader = i;
        continue;
      }
      TokenKinds.Hit row = kinds.row(t);
      TokenKinds.Hit col = row == null ? kinds.column(t) : null;
      TokenKinds.Hit hit = row != null ? row : col;
      if (hit == null) {
        continue;
      }
      score++;
      lastHeader = i;
      if (row != null) {
        blocks.add(row.spec().key());
      } else {
        leafOrder.add(col.spec().key());
      }
      if (hit.match() == LabelMatcher.Match.DEVIATING) {
        labels.add(new LabelUse(hit.spec().key(), t.text(), hit.spec().standard(), t.pos()));
      }
    }
    List<Token> values = new ArrayList<>(tokens.subList(lastHeader + 1, tokens.size()));
    while (!values.isEmpty() && values.get(values.size() - 1).norm().isEmpty()
        && values.size() > blocks.size() * block.columns().size()) {
      values.remove(values.size() - 1);
    }
    List<String> rows = block.rows().stream().map(LabelSpec::key).filter(blocks::contains).toList();
    Map<String, Cell> cells = new LinkedHashMap<>();
    SourceRef start = tokens.isEmpty() ? SourceRef.UNKNOWN : tokens.get(0).pos();
    int v = 0;
    for (String r : rows) {
      for (LabelSpec c : block.columns()) {
        Token value = v < values.size() ? values.get(v) : null;
        v++;
        cells.put(key + "." + r + "." + c.key(), value == null ? new Cell(null, "", start)
            : new Cell(CellText.parse(value.text()), value.text(), value.pos()));
      }
    }
    return new TableResult(key, spec.shape(), rows, columns(block, leafOrder), List.of(), labels,
        cells, score, start);
  }

  /** The leaf columns found; in printed order when the first block prints them out of order. */
  private static List<String> columns(BlockSpec block, List<String> leafOrder) {
    List<String> official = block.columns().stream().map(LabelSpec::key).toList();
    List<String> firstBlock = leafOrder.subList(0, Math.min(official.size(), leafOrder.size()));
    List<String> expected = official.stream().filter(firstBlock::contains).toList();
    if (!firstBlock.equals(expected) && firstBlock.size() == expected.size()) {
      return List.copyOf(new LinkedHashSet<>(firstBlock));
    }
    return official.stream().filter(leafOrder::contains).toList();
  }
}
