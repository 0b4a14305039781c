package dev.xxgk.internal.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/** Ancestry questions on the DOM, answered without recursion. */
final class Dom {

  private Dom() {}

  /** True when {@code node} is {@code root} or inside it. */
  static boolean contains(Element root, Node node) {
    for (Node n = node; n != null; n = n.parentNode()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  static int depth(Node node) {
    int depth = 0;
    for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
      depth++;
    }
    return depth;
  }

  /** The deepest element holding all the nodes (a text node counts as its parent), or null. */
  static @Nullable Element commonAncestor(List<? extends Node> nodes) {
    List<Element> common = null;
    for (Node node : nodes) {
      List<Element> chain = chain(node);
      if (common == null) {
        common = chain;
      } else {
        int n = 0;
        while (n < common.size() && n < chain.size() && common.get(n) == chain.get(n)) {
          n++;
        }
        common = common.subList(0, n);
      }
    }
    return common == null || common.isEmpty() ? null : common.get(common.size() - 1);
  }

  /** The elements from the top of the tree down to the node (itself if it is an element). */
  private static List<Element> chain(Node node) {
    List<Element> chain = new ArrayList<>();
    Node n = node instanceof Element ? node : node.parentNode();
    for (; n != null; n = n.parentNode()) {
      if (n instanceof Element e) {
        chain.add(e);
      }
    }
    Collections.reverse(chain);
    return chain;
  }
}
