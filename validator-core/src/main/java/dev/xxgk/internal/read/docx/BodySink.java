package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.List;

/** Collects the blocks of the document body or of a text box; blank paragraphs are left out. */
final class BodySink implements Sink {

  private final List<Raw.Block> out;
  private final int[] lineCounter;
  private final int maxBlocks;
  private final boolean pageBreaksApply;
  private final StringBuilder carry = new StringBuilder();
  private int carryLine;
  private Pages.Mark carryMark = new Pages.Mark(0, 0, 0);

  /**
   * @param lineCounter the document's body paragraph counter, shared by all body sinks
   */
  BodySink(List<Raw.Block> out, int[] lineCounter, int maxBlocks, boolean pageBreaksApply) {
    this.out = out;
    this.lineCounter = lineCounter;
    this.maxBlocks = maxBlocks;
    this.pageBreaksApply = pageBreaksApply;
  }

  @Override
  public int nextLine() {
    return ++lineCounter[0];
  }

  @Override
  public boolean pageBreaksApply() {
    return pageBreaksApply;
  }

  @Override
  public void paragraph(String label, String body, int line, Pages.Mark mark, boolean markDeleted,
      List<Raw.Block> textBoxes) throws InputProblem {
    if (markDeleted) {
      if (carry.isEmpty()) {
        carryLine = line;
        carryMark = mark;
      }
      carry.append(body);
    } else {
      boolean joined = !carry.isEmpty();
      add(new Raw.Para((label + carry + body).strip(), joined ? carryLine : line,
          joined ? carryMark : mark));
      carry.setLength(0);
    }
    for (Raw.Block block : textBoxes) {
      add(block);
    }
  }

  @Override
  public void table(Raw.Table table) throws InputProblem {
    flushCarry();
    add(table);
  }

  /** Ends the container: a paragraph still waiting to be joined stands alone. */
  void finish() throws InputProblem {
    flushCarry();
  }

  private void flushCarry() throws InputProblem {
    if (!carry.isEmpty()) {
      add(new Raw.Para(carry.toString().strip(), carryLine, carryMark));
      carry.setLength(0);
    }
  }

  private void add(Raw.Block block) throws InputProblem {
    if (block instanceof Raw.Para p && p.text().isEmpty()) {
      return;
    }
    if (out.size() >= maxBlocks) {
      throw InputProblem.unreadable("too-large", "> " + maxBlocks + " paragraphs and tables");
    }
    out.add(block);
  }
}
