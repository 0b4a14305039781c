package dev.xxgk.internal.read.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Walks the DOM in document order (iteratively, so deep markup cannot overflow the stack) and
 * cuts it into blocks: one paragraph per run of inline content between block-element edges, and
 * one table per data table. {@code <br>} stays inside its paragraph as a line feed. A layout table
 * (see {@link HtmlTables#isLayout}) is walked like nested {@code div}s, so the data tables inside
 * it come out as tables of their own and its other text as paragraphs. A data table's {@code
 * <caption>} comes out as a paragraph before the table.
 */
final class BlockWalker implements NodeFilter {

  private final List<RawBlock> blocks = new ArrayList<>();
  private final Deque<Element> chrome = new ArrayDeque<>();
  private InlineText buffer = new InlineText(InlineText.Mode.PARAGRAPH);
  private @Nullable Node anchor;
  private int anchorLine;
  private List<Element> anchorChrome = List.of();
  private int preDepth;

  private BlockWalker() {}

  static List<RawBlock> walk(Element root) {
    BlockWalker walker = new BlockWalker();
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      appendText(text);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (ChromeRules.isAlwaysDropped(tag) || ChromeRules.isHiddenInline(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      buffer.lineBreak();
    } else if (tag.equals("table") && !HtmlTables.isLayout(e)) {
      dataTable(e);
      return FilterResult.SKIP_ENTIRELY;
    }
    enter(e, tag);
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (ChromeRules.isBlock(tag)) {
        flush();
      }
      if (tag.equals("pre")) {
        preDepth--;
      }
      if (chrome.peek() == e) {
        chrome.pop();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void enter(Element e, String tag) {
    if (ChromeRules.isBlock(tag)) {
      flush();
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
    if (ChromeRules.isSoftChrome(e)) {
      chrome.push(e);
    }
  }

  private void appendText(TextNode text) {
    String s = text.getWholeText();
    if (anchor == null && !s.isBlank()) {
      anchor = text;
      anchorLine = HtmlTables.line(text, 0);
      anchorChrome = List.copyOf(chrome);
    }
    buffer.append(s, preDepth > 0);
  }

  private void dataTable(Element table) {
    flush();
    List<Element> around = List.copyOf(chrome);
    for (Element child : table.children()) {
      if (child.normalName().equals("caption")) {
        String caption = HtmlTables.cellText(child);
        if (!caption.isEmpty()) {
          blocks.add(new RawBlock.Para(caption, HtmlTables.line(child, 0), child, around));
        }
      }
    }
    blocks.add(new RawBlock.Table(table, around));
  }

  private void flush() {
    if (anchor != null && !buffer.isEmpty()) {
      blocks.add(new RawBlock.Para(buffer.text(), anchorLine, anchor, anchorChrome));
    }
    buffer = new InlineText(InlineText.Mode.PARAGRAPH);
    anchor = null;
  }
}
