package dev.xxgk.internal.doc;

import dev.xxgk.model.SourceRef;

import java.util.List;

/**
 * A table as a grid of rows, merged cells expanded. Rows may have different lengths when the
 * source does not say how cells align (text tables); extraction reads the grid row by row and
 * matches cells by their labels, not by their column index.
 */
public record TableGrid(List<List<GridCell>> rows, SourceRef pos) implements Block {

  public TableGrid {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The origin cells in row-major reading order: the order a person reads the printed table. */
  public List<GridCell> readingOrder() {
    return rows.stream().flatMap(List::stream).filter(GridCell::origin).toList();
  }
}
