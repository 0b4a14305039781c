package dev.xxgk.internal.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects one table cell: its paragraphs become lines of the cell text, tables nested in it go
 * to the owning table's list of nested tables, and text boxes in it add their lines.
 */
final class CellSink implements Sink {

  private final Raw.Table owner;
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder carry = new StringBuilder();
  private Pages.@Nullable Mark firstText;

  CellSink(Raw.Table owner) {
    this.owner = owner;
  }

  @Override
  public int nextLine() {
    return 0;
  }

  @Override
  public boolean pageBreaksApply() {
    return false;
  }

  @Override
  public void paragraph(String label, String body, int line, Pages.Mark mark, boolean markDeleted,
      List<Raw.Block> textBoxes) {
    if (firstText == null && !(label + body).isBlank()) {
      firstText = mark;
    }
    if (markDeleted) {
      carry.append(body);
    } else {
      lines.add(label + carry + body);
      carry.setLength(0);
    }
    for (Raw.Block block : textBoxes) {
      if (block instanceof Raw.Para p) {
        lines.add(p.text());
      } else if (block instanceof Raw.Table t) {
        owner.nested().add(t);
      }
    }
  }

  @Override
  public void table(Raw.Table table) {
    owner.nested().add(table);
  }

  /** The cell text: its lines joined by line feeds, surrounding blank lines and spaces removed. */
  String text() {
    if (!carry.isEmpty()) {
      lines.add(carry.toString());
      carry.setLength(0);
    }
    return String.join("\n", lines).strip();
  }

  Pages.@Nullable Mark firstText() {
    return firstText;
  }
}
