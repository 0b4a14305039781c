package dev.xxgk.internal.read.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A block found by {@link BlockWalker}, still tied to the DOM so that {@link ContentSelector} can
 * decide what is report content.
 */
sealed interface RawBlock {

  /** The node that places the block in the DOM: a paragraph's first text, or the table. */
  Node anchor();

  /** The soft-chrome elements around the block (see {@link ChromeRules#isSoftChrome}). */
  List<Element> chrome();

  /** A paragraph of text with the source line of its first text. */
  record Para(String text, int line, Node anchor, List<Element> chrome) implements RawBlock {}

  /** A data table, turned into a grid only if it is selected. */
  record Table(Element table, List<Element> chrome) implements RawBlock {
    @Override
    public Node anchor() {
      return table;
    }
  }
}
