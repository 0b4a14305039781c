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
 * Reads a table laid out as rows (tables 2 and 3): a row label, then that row's values, up to the
 * next label. Header tokens before the first row (and repeated headers, as after a page break)
 * give the columns; tokens are matched by their labels, never by position, so that merged cells,
 * wrapped labels and flattened text read alike.
 */
final class RowTableReader {

  private RowTableReader() {}

  static TableResult read(String key, TableSpec spec, List<Token> tokens) {
    TokenKinds kinds = new TokenKinds(spec);
    List<String> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    List<String> printedColumns = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<LabelUse> labels = new ArrayList<>();
    Map<String, Cell> cells = new LinkedHashMap<>();
    ColumnOrder order = new ColumnOrder(spec.columnKeys());
    boolean header = true;
    int score = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.norm().isEmpty()) {
        continue;
      }
      if (kinds.isGroup(t)) {
        score++;
        header = header || kinds.blockTitle(t) != null;
        continue;
      }
      TokenKinds.Hit col = kinds.column(t);
      TokenKinds.Hit row = kinds.row(t);
      boolean asColumn = col != null && (header || row == null);
      if (asColumn) {
        header = true;
        score++;
        if (columns.add(col.spec().key())) {
          printedColumns.add(col.spec().key());
        }
        order.see(t, col.spec().key());
        note(labels, col, t);
        continue;
      }
      if (row == null) {
        if (header && TokenKinds.isLabelLike(t) && !columns.isEmpty() && t.norm().length() <= 8
            && !t.norm().contains("单位")) {
          extra.add(t.text());
        }
        continue;
      }
      header = false;
      score++;
      if (rows.contains(row.spec().key())) {
        continue;
      }
      rows.add(row.spec().key());
      note(labels, row, t);
      i = readValues(key, row, tokens, i, kinds, cells, columns);
    }
    List<String> cols = order.violated() ? printedColumns
        : spec.columnKeys().stream().filter(columns::contains).toList();
    SourceRef start = tokens.isEmpty() ? SourceRef.UNKNOWN : tokens.get(0).pos();
    // a shape that leaves rows unmatched fits worse: 2019's single （六）其他处理 row against 2021's three
    int missing = (int) spec.rowKeys().stream().filter(r -> !rows.contains(r)).count();
    return new TableResult(key, spec.shape(), rows, cols, extra, labels, ordered(spec, key, cells),
        score - missing, start);
  }

  /** Reads the values after the row label at {@code at}; returns the index of the last one used. */
  private static int readValues(String key, TokenKinds.Hit row, List<Token> tokens, int at,
      TokenKinds kinds, Map<String, Cell> cells, Set<String> headerColumns) {
    BlockSpec block = row.block();
    List<LabelSpec> all = block == null ? List.of() : block.columns();
    List<LabelSpec> printed = all.stream().filter(c -> headerColumns.contains(c.key())).toList();
    List<Token> values = new ArrayList<>();
    int j = at + 1;
    while (j < tokens.size() && values.size() < all.size()) {
      Token t = tokens.get(j);
      if (kinds.isGroup(t) || kinds.row(t) != null || (kinds.column(t) != null && !TokenKinds.isValueLike(t))) {
        break;
      }
      values.add(t);
      j++;
    }
    Token label = tokens.get(at);
    // a column left out of the header is left out of the rows: map values to the printed columns
    List<LabelSpec> cols = !printed.isEmpty() && printed.size() < all.size()
        && countValues(values) == printed.size() ? printed : all;
    if (cols == printed) {
      values = values.subList(0, printed.size());
    }
    for (int c = 0; c < cols.size(); c++) {
      String cellKey = key + "." + row.spec().key() + "." + cols.get(c).key();
      if (c < values.size()) {
        Token v = values.get(c);
        cells.put(cellKey, new Cell(CellText.parse(v.text()), v.text(), v.pos()));
      } else {
        cells.put(cellKey, new Cell(null, "", label.pos()));
      }
    }
    return j - 1;
  }

  /** Values up to the last non-blank one (trailing blanks are colspan remnants). */
  private static int countValues(List<Token> values) {
    int n = values.size();
    while (n > 0 && values.get(n - 1).norm().isEmpty()) {
      n--;
    }
    return n;
  }

  private static void note(List<LabelUse> labels, TokenKinds.Hit hit, Token t) {
    if (hit.match() == LabelMatcher.Match.DEVIATING) {
      labels.add(new LabelUse(hit.spec().key(), t.text(), hit.spec().standard(), t.pos()));
    }
  }

  private static Map<String, Cell> ordered(TableSpec spec, String key, Map<String, Cell> cells) {
    Map<String, Cell> out = new LinkedHashMap<>();
    for (String k : spec.cellKeys()) {
      Cell c = cells.get(key + "." + k);
      if (c != null) {
        out.put(key + "." + k, c);
      }
    }
    return out;
  }
}
