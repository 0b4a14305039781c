package dev.xxgk.internal.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Facts about one {@code <table>} element: its rows, cells, spans, text and layout role. */
final class HtmlTables {

  /** A cell longer than this is running text, so its table is there for layout. */
  static final int LAYOUT_CELL_TEXT = 300;

  private HtmlTables() {}

  /**
   * True when the table lays out a page rather than holding data: it contains another table, or
   * it is at most one column wide, or one of its cells holds more than {@value
   * #LAYOUT_CELL_TEXT} characters of text. A data table is a table whose cells are not
   * themselves tables.
   */
  static boolean isLayout(Element table) {
    if (containsTable(table)) {
      return true;
    }
    int width = 0;
    for (Element row : rows(table)) {
      int rowWidth = 0;
      for (Element cell : cells(row)) {
        rowWidth += Math.max(1, span(cell, "colspan", GridBuilder.MAX_COLSPAN));
        if (cell.text().length() > LAYOUT_CELL_TEXT) {
          return true;
        }
      }
      width = Math.max(width, rowWidth);
    }
    return width <= 1;
  }

  /** Stops at the first inner table, so that walking nested layout tables stays linear. */
  private static boolean containsTable(Element table) {
    boolean[] found = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth > 0 && node instanceof Element e && e.normalName().equals("table")) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, table);
    return found[0];
  }

  /**
   * The table's own rows, in document order, through thead, tbody and tfoot. Word's invisible
   * column-width row ({@code <tr height=0>} of empty cells, inside {@code
   * <![if !supportMisalignedColumns]>}) is left out.
   */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        addRow(rows, child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            addRow(rows, row);
          }
        }
      }
    }
    return rows;
  }

  private static void addRow(List<Element> rows, Element row) {
    boolean widthsOnly = row.attr("height").strip().equals("0") && row.text().isBlank();
    if (!widthsOnly) {
      rows.add(row);
    }
  }

  static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element child : row.children()) {
      if (child.normalName().equals("td") || child.normalName().equals("th")) {
        cells.add(child);
      }
    }
    return cells;
  }

  /**
   * A span attribute, at most {@code max}; a missing or unreadable value is 1, and {@code 0} is
   * returned as 0 (for rowspan it means "to the end of the table"). Browsers read leading digits
   * only ({@code "2px"} is 2), and so does this.
   */
  static int span(Element cell, String attribute, int max) {
    String value = cell.attr(attribute).strip();
    int digits = 0;
    while (digits < value.length() && Character.isDigit(value.charAt(digits)) && digits < 9) {
      digits++;
    }
    if (digits == 0) {
      return 1;
    }
    int n = Integer.parseInt(value.substring(0, digits));
    return Math.min(n, max);
  }

  /** A cell's text: inline pieces joined, breaks and inner blocks as segment breaks. */
  static String cellText(Element cell) {
    InlineText text = new InlineText(InlineText.Mode.CELL);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText(), false);
        } else if (node instanceof Element e) {
          if (ChromeRules.isAlwaysDropped(e.normalName()) || ChromeRules.isHiddenInline(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.normalName().equals("br") || ChromeRules.isBlock(e.normalName())) {
            text.lineBreak();
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && ChromeRules.isBlock(e.normalName())) {
          text.lineBreak();
        }
        return FilterResult.CONTINUE;
      }
    }, cell);
    return text.text();
  }

  /** The 1-based source line where a node starts, or {@code fallback} when not tracked. */
  static int line(Node node, int fallback) {
    int line = node.sourceRange().start().lineNumber();
    return line > 0 ? line : fallback;
  }
}
