package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the main document part in one streaming pass: paragraphs and tables in body order, with
 * the wrappers Word puts around them (content controls, custom XML) read through. Table rows that
 * are tracked deletions are dropped. Each cell of a row is read from the row's start, so that page
 * breaks Word records in every cell of a row that starts a page count once.
 */
final class BodyParser {

  private final Cursor c;
  private final Pages pages;
  private final DocxLimits limits;
  private final ParagraphParser paragraphs;
  private final int[] lineCounter = {0};

  BodyParser(Cursor c, Pages pages, Styles styles, ListCounter lists, DocxLimits limits) {
    this.c = c;
    this.pages = pages;
    this.limits = limits;
    this.paragraphs = new ParagraphParser(c, pages, styles, lists, this);
  }

  List<Raw.Block> parse() throws XMLStreamException, InputProblem {
    List<Raw.Block> out = new ArrayList<>();
    if (!c.root()) {
      throw InputProblem.unreadable("corrupt", "empty main document part");
    }
    int d = c.depth();
    while (c.nextIn(d)) {
      if (c.isStart() && c.wName().equals("body")) {
        BodySink sink = new BodySink(out, lineCounter, limits.maxBlocks(), true);
        blocks(sink);
        sink.finish();
      }
    }
    return out;
  }

  /** Reads the blocks of a text box; they are on their anchor's page, whatever breaks they hold. */
  List<Raw.Block> textBox() throws XMLStreamException, InputProblem {
    List<Raw.Block> out = new ArrayList<>();
    BodySink sink = new BodySink(out, lineCounter, limits.maxBlocks(), false);
    pages.freeze();
    try {
      blocks(sink);
      sink.finish();
    } finally {
      pages.thaw();
    }
    return out;
  }

  void sectionProperties() throws XMLStreamException, InputProblem {
    String type = null;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (c.isStart() && c.wName().equals("type")) {
        type = c.attr("val");
      } else if (c.isStart() && c.wName().equals("sectPrChange")) {
        c.skip();
      }
    }
    pages.sectionProperties(type);
  }

  private void blocks(Sink sink) throws XMLStreamException, InputProblem {
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      if (c.isFallback()) {
        c.skip();
        continue;
      }
      switch (c.wName()) {
        case "p" -> paragraphs.read(sink);
        case "tbl" -> sink.table(table());
        case "sectPr" -> sectionProperties();
        case "sdtPr", "sdtEndPr", "altChunk", "del", "moveFrom" -> c.skip();
        default -> {
          // containers (sdt, sdtContent, customXml…): read inside
        }
      }
    }
  }

  private Raw.Table table() throws XMLStreamException, InputProblem {
    Raw.Table table = new Raw.Table(pages.mark());
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      if (c.isFallback()) {
        c.skip();
        continue;
      }
      switch (c.wName()) {
        case "tr" -> row(table);
        case "tblPr", "tblGrid", "sdtPr", "sdtEndPr", "del", "moveFrom" -> c.skip();
        default -> { }
      }
    }
    return table;
  }

  private void row(Raw.Table table) throws XMLStreamException, InputProblem {
    Pages.Mark start = pages.mark();
    Pages.Mark end = start;
    int before = 0;
    int after = 0;
    boolean deleted = false;
    List<Raw.Cell> cells = new ArrayList<>();
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      switch (c.wName()) {
        case "gridBefore" -> before = c.intAttr("val", 0, 0, limits.maxColumns());
        case "gridAfter" -> after = c.intAttr("val", 0, 0, limits.maxColumns());
        case "del" -> {
          deleted = true;
          c.skip();
        }
        case "tc" -> {
          pages.reset(start);
          cells.add(cell(table, start));
          end = end.max(pages.mark());
        }
        case "trPrChange", "tblPrEx", "sdtPr", "sdtEndPr" -> c.skip();
        default -> { }
      }
    }
    pages.reset(end);
    if (!deleted) {
      table.rows().add(new Raw.Row(before, after, cells));
    }
  }

  private Raw.Cell cell(Raw.Table table, Pages.Mark rowStart)
      throws XMLStreamException, InputProblem {
    int span = 1;
    Raw.Merge vMerge = Raw.Merge.NONE;
    boolean hMergeContinue = false;
    CellSink sink = new CellSink(table);
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      if (c.isFallback()) {
        c.skip();
        continue;
      }
      switch (c.wName()) {
        case "gridSpan" -> span = c.intAttr("val", 1, 1, limits.maxColumns());
        case "vMerge" -> vMerge =
            "restart".equals(c.attr("val")) ? Raw.Merge.RESTART : Raw.Merge.CONTINUE;
        case "hMerge" -> hMergeContinue = !"restart".equals(c.attr("val"));
        case "p" -> paragraphs.read(sink);
        case "tbl" -> sink.table(table());
        case "tcPrChange", "sdtPr", "sdtEndPr", "del", "moveFrom" -> c.skip();
        default -> { }
      }
    }
    Pages.Mark first = sink.firstText();
    Pages.Mark mark = first != null ? first : rowStart;
    return new Raw.Cell(sink.text(), span, vMerge, hMergeContinue, mark);
  }
}
