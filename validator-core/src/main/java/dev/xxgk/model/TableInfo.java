package dev.xxgk.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What extraction saw of one statistical table, beyond its cell values.
 *
 * @param key {@code t2}, {@code t3} or {@code t4}
 * @param shape the format whose layout the table follows: {@code 2021} or {@code 2019}
 * @param part the part the table was printed in (0 before part 1), or null when unknown (JSON)
 * @param rows canonical row keys found, in printed order
 * @param columns canonical column keys found, in printed order
 * @param extraColumns labels of value columns that are not in the official layout
 * @param labels labels that differ from the official text
 * @param source where the table starts
 */
public record TableInfo(String key, String shape, @Nullable Integer part, List<String> rows,
    List<String> columns, List<String> extraColumns, List<LabelUse> labels, SourceRef source) {

  public TableInfo {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    extraColumns = List.copyOf(extraColumns);
    labels = List.copyOf(labels);
  }
}
