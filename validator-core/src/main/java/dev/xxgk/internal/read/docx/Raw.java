package dev.xxgk.internal.read.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * What the body parser produces before page numbers and table indexes are known: paragraphs and
 * tables as written, merged cells not yet expanded.
 */
final class Raw {

  private Raw() {}

  sealed interface Block permits Para, Table {}

  /** A paragraph with its numbering label already in its text. */
  record Para(String text, int line, Pages.Mark mark) implements Block {}

  /** A table; tables nested in its cells follow it in reading order. */
  record Table(Pages.Mark mark, List<Row> rows, List<Table> nested) implements Block {

    Table(Pages.Mark mark) {
      this(mark, new ArrayList<>(), new ArrayList<>());
    }
  }

  /** A row with the grid columns it leaves out before and after its cells. */
  record Row(int gridBefore, int gridAfter, List<Cell> cells) {}

  /**
   * A cell as written.
   *
   * @param span grid columns it covers ({@code gridSpan})
   * @param vMerge its part in a vertical merge
   * @param hMergeContinue true for a legacy {@code hMerge} continuation of the cell to its left
   */
  record Cell(String text, int span, Merge vMerge, boolean hMergeContinue, Pages.Mark mark) {}

  enum Merge { NONE, RESTART, CONTINUE }
}
