package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.List;

/**
 * Where finished paragraphs and tables go: the document body (or a text box), or a table cell.
 * A paragraph whose mark is a tracked deletion is joined to the next one, as accepting the change
 * would join them; the joined paragraph keeps the label of the paragraph whose mark survives.
 */
interface Sink {

  /** The next body paragraph number, or 0 where paragraphs are not numbered (table cells). */
  int nextLine();

  /** True where page-break properties of paragraphs take effect (not in table cells). */
  boolean pageBreaksApply();

  /**
   * A finished paragraph.
   *
   * @param label its list label with separator, or ""
   * @param body its text
   * @param line its body paragraph number, or 0
   * @param mark where its text starts
   * @param markDeleted true when its paragraph mark is a tracked deletion
   * @param textBoxes paragraphs and tables of text boxes anchored in it
   */
  void paragraph(String label, String body, int line, Pages.Mark mark, boolean markDeleted,
      List<Raw.Block> textBoxes) throws InputProblem;

  void table(Raw.Table table) throws InputProblem;
}
