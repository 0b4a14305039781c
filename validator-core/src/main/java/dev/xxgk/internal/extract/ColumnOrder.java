package dev.xxgk.internal.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks column order where it can be told: within one printed header row, the column labels must
 * follow the official order. (Across header rows the linear order says nothing: a 总计 spanning
 * three header rows is read before the 法人或其他组织 sub-columns.)
 */
final class ColumnOrder {

  private final List<String> official;
  private final Map<String, Integer> lastInRow = new HashMap<>();
  private boolean violated;

  ColumnOrder(List<String> official) {
    this.official = official;
  }

  void see(Token t, String columnKey) {
    if (t.pos().row() == null) {
      return;
    }
    String row = t.pos().page() + "/" + t.pos().table() + "/" + t.pos().row();
    int index = official.indexOf(columnKey);
    Integer last = lastInRow.put(row, index);
    if (last != null && index < last) {
      violated = true;
    }
  }

  boolean violated() {
    return violated;
  }
}
