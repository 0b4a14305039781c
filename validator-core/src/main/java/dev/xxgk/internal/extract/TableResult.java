package dev.xxgk.internal.extract;

import dev.xxgk.model.Cell;
import dev.xxgk.model.LabelUse;
import dev.xxgk.model.SourceRef;
import dev.xxgk.model.TableInfo;
import java.util.List;
import java.util.Map;

/**
 * What one table reader made of a table's tokens in one shape.
 *
 * @param key table key
 * @param shape the shape read
 * @param rows row keys found, in printed order
 * @param columns column keys found, in official order, or in printed order when printed out of
 *     order
 * @param extraColumns unknown column labels
 * @param labels deviating labels
 * @param cells cell values by full key, in official order
 * @param score how well the shape fits: labels matched
 * @param source where the table starts
 */
record TableResult(String key, String shape, List<String> rows, List<String> columns,
    List<String> extraColumns, List<LabelUse> labels, Map<String, Cell> cells, int score,
    SourceRef source) {

  TableInfo info(Integer part) {
    return new TableInfo(key, shape, part, rows, columns, extraColumns, labels, source);
  }
}
