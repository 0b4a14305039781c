package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code w:p}: the text of its runs as accepted (insertions and moved-in text kept,
 * deletions and moved-out text dropped, hidden runs dropped, field codes dropped and field results
 * kept, the first alternative of {@code mc:AlternateContent} only), its list label, its page
 * breaks, and the text boxes anchored in it.
 */
final class ParagraphParser {

  private final Cursor c;
  private final Pages pages;
  private final Styles styles;
  private final ListCounter lists;
  private final BodyParser body;

  ParagraphParser(Cursor c, Pages pages, Styles styles, ListCounter lists, BodyParser body) {
    this.c = c;
    this.pages = pages;
    this.styles = styles;
    this.lists = lists;
    this.body = body;
  }

  /** The state of the paragraph being read. */
  private static final class State {
    @Nullable String pStyle;
    @Nullable String numId;
    @Nullable Integer ilvl;
    @Nullable Boolean pageBreakBefore;
    boolean markDeleted;
    boolean endsSection;
    boolean started;
    boolean hidden;
    String label = "";
    int line;
    final StringBuilder text = new StringBuilder();
    Pages.@Nullable Mark firstText;
    final List<Raw.Block> textBoxes = new ArrayList<>();
  }

  void read(Sink sink) throws XMLStreamException, InputProblem {
    State p = new State();
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      if (c.isFallback()) {
        c.skip();
        continue;
      }
      String name = c.wName();
      if (name.equals("pPr")) {
        properties(p);
        continue;
      }
      start(p, sink);
      content(p, name, sink);
    }
    start(p, sink);
    Pages.Mark mark = p.firstText != null ? p.firstText : pages.mark();
    sink.paragraph(p.label, p.text.toString(), p.line, mark, p.markDeleted, p.textBoxes);
    if (p.endsSection) {
      pages.sectionEnd();
    }
  }

  private void content(State p, String name, Sink sink) throws XMLStreamException, InputProblem {
    switch (name) {
      case "r" -> p.hidden = false;
      case "rPr" -> p.hidden = hidden();
      case "t" -> append(p, c.text());
      case "tab", "ptab" -> append(p, "\t");
      case "cr" -> append(p, "\n");
      case "noBreakHyphen" -> append(p, "-");
      case "br" -> lineBreak(p);
      case "lastRenderedPageBreak" -> pages.renderedBreak();
      case "txbxContent" -> p.textBoxes.addAll(body.textBox());
      case "del", "moveFrom", "instrText", "delText", "delInstrText", "rt", "sdtPr", "sdtEndPr",
          "footnotePr", "endnotePr" -> c.skip();
      default -> {
        // containers (ins, moveTo, hyperlink, sdt, smartTag, fldSimple, drawing…): read inside
      }
    }
  }

  private void lineBreak(State p) {
    if (p.hidden) {
      return;
    }
    String type = c.attr("type");
    if ("page".equals(type)) {
      pages.explicitBreak();
    } else if (!"column".equals(type)) {
      append(p, "\n");
    }
  }

  private void append(State p, String text) {
    if (p.hidden) {
      return;
    }
    if (p.firstText == null && !text.isBlank()) {
      p.firstText = pages.mark();
    }
    p.text.append(text);
  }

  /** Once the paragraph properties are known: page break before, list label, line number. */
  private void start(State p, Sink sink) {
    if (p.started) {
      return;
    }
    p.started = true;
    String style = styles.paragraphStyle(p.pStyle);
    boolean breakBefore =
        p.pageBreakBefore != null ? p.pageBreakBefore : styles.pageBreakBefore(style);
    if (breakBefore && sink.pageBreaksApply()) {
      pages.explicitBreak();
    }
    p.label = p.markDeleted ? "" : lists.label(p.numId, p.ilvl, style);
    p.line = sink.nextLine();
  }

  private void properties(State p) throws XMLStreamException, InputProblem {
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      switch (c.wName()) {
        case "pStyle" -> p.pStyle = c.attr("val");
        case "numId" -> p.numId = c.attr("val");
        case "ilvl" -> p.ilvl = c.intAttr("val", 0, 0, 8);
        case "pageBreakBefore" -> p.pageBreakBefore = c.onOff();
        case "del", "moveFrom" -> {
          p.markDeleted = true;
          c.skip();
        }
        case "sectPr" -> {
          body.sectionProperties();
          p.endsSection = true;
        }
        case "pPrChange", "rPrChange", "numberingChange" -> c.skip();
        default -> { }
      }
    }
  }

  /** Reads a run's properties; true when the run is hidden text. */
  private boolean hidden() throws XMLStreamException, InputProblem {
    boolean hidden = false;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (c.isStart() && c.wName().equals("vanish")) {
        hidden = c.onOff();
      } else if (c.isStart() && c.wName().equals("rPrChange")) {
        c.skip();
      }
    }
    return hidden;
  }
}
