package dev.xxgk.internal.read.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Decides which blocks of a page are the report. The heuristic, in order:
 *
 * <ol>
 *   <li>Page-tool paragraphs (breadcrumbs such as {@code 当前位置：…}, previous/next links,
 *       print/close/share buttons) are dropped.
 *   <li>Soft chrome (see {@link ChromeRules}) is dropped unless it holds report content: a part
 *       heading or a data table (or, for a {@code header} element, the title). Hidden elements
 *       count as content only when the visible page has fewer than two part headings, so a
 *       hidden duplicate of the report (a print version) is not read twice, while a report shown
 *       only through script-driven tabs is still read.
 *   <li>When the page has at least two different part headings ({@code 一、总体情况} …
 *       {@code 六、其他需要报告的事项}), the content is the smallest element holding all of them.
 *       The title (the last short paragraph naming a {@code 年度报告} before the first heading) is
 *       brought in by widening the content to hold it too when that takes at most {@value
 *       #TITLE_REACH} levels, else the title alone is kept before the content. Everything else
 *       on the page is dropped.
 *   <li>With fewer than two headings, the page has no recognisable report structure, and every
 *       block that survived the first two steps is kept, for extraction to judge.
 * </ol>
 */
final class ContentSelector {

  static final int TITLE_REACH = 3;

  private ContentSelector() {}

  static List<RawBlock> select(List<RawBlock> raw) {
    List<RawBlock> blocks = new ArrayList<>();
    for (RawBlock b : raw) {
      if (!(b instanceof RawBlock.Para p && ReportMarkers.isPageTool(p.text()))) {
        blocks.add(b);
      }
    }
    return narrow(dropChrome(blocks));
  }

  private static List<RawBlock> dropChrome(List<RawBlock> blocks) {
    boolean useHidden = distinctParts(visible(blocks)) < 2;
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RawBlock b : blocks) {
      boolean content = b instanceof RawBlock.Table || isHeading(b);
      boolean title = b instanceof RawBlock.Para p && ReportMarkers.isTitle(p.text());
      for (Element e : b.chrome()) {
        boolean allowed = useHidden || !ChromeRules.isHidden(e);
        if (allowed && (content || (title && e.normalName().equals("header")))) {
          kept.add(e);
        }
      }
    }
    return blocks.stream().filter(b -> kept.containsAll(b.chrome())).toList();
  }

  private static List<RawBlock> visible(List<RawBlock> blocks) {
    return blocks.stream()
        .filter(b -> b.chrome().stream().noneMatch(ChromeRules::isHidden))
        .toList();
  }

  private static List<RawBlock> narrow(List<RawBlock> blocks) {
    if (distinctParts(blocks) < 2) {
      return blocks;
    }
    Element root = Dom.commonAncestor(
        blocks.stream().filter(ContentSelector::isHeading).map(RawBlock::anchor).toList());
    if (root == null) {
      return blocks;
    }
    List<RawBlock> selected = new ArrayList<>();
    RawBlock title = title(blocks);
    if (title != null && !Dom.contains(root, title.anchor())) {
      Element wider = Dom.commonAncestor(List.of(root, title.anchor()));
      if (wider != null && Dom.depth(root) - Dom.depth(wider) <= TITLE_REACH) {
        root = wider;
      } else {
        selected.add(title);
      }
    }
    for (RawBlock b : blocks) {
      if (Dom.contains(root, b.anchor())) {
        selected.add(b);
      }
    }
    return selected;
  }

  /** The last title candidate before the first heading, or null. */
  private static @Nullable RawBlock title(List<RawBlock> blocks) {
    RawBlock title = null;
    for (RawBlock b : blocks) {
      if (isHeading(b)) {
        break;
      }
      if (b instanceof RawBlock.Para p && ReportMarkers.isTitle(p.text())) {
        title = b;
      }
    }
    return title;
  }

  private static boolean isHeading(RawBlock b) {
    return b instanceof RawBlock.Para p && ReportMarkers.part(p.text()) > 0;
  }

  private static int distinctParts(List<RawBlock> blocks) {
    BitSet parts = new BitSet();
    for (RawBlock b : blocks) {
      if (b instanceof RawBlock.Para p) {
        parts.set(ReportMarkers.part(p.text()));
      }
    }
    parts.clear(0);
    return parts.cardinality();
  }
}
