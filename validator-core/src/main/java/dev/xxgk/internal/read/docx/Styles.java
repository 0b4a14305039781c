package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * What the reader needs from {@code styles.xml}: for each style its parent, the list numbering it
 * gives its paragraphs (heading styles are often linked to a list this way) and whether it starts
 * a new page. Inheritance follows {@code basedOn} chains, guarded against cycles.
 */
final class Styles {

  static final Styles NONE = new Styles(Map.of(), null);

  /** Word's own chains are a few styles long; a longer one is hostile or broken. */
  private static final int MAX_CHAIN = 32;

  /** One style's own settings; null fields are inherited. */
  record Style(
      @Nullable String basedOn,
      @Nullable String numId,
      @Nullable Integer ilvl,
      @Nullable Boolean pageBreakBefore) {}

  private final Map<String, Style> styles;
  private final @Nullable String defaultParagraphStyle;

  private Styles(Map<String, Style> styles, @Nullable String defaultParagraphStyle) {
    this.styles = styles;
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  /** The style a paragraph has: its own, or the document's default paragraph style. */
  @Nullable String paragraphStyle(@Nullable String pStyle) {
    return pStyle != null ? pStyle : defaultParagraphStyle;
  }

  @Nullable String numId(@Nullable String styleId) {
    for (Style s : chain(styleId)) {
      if (s.numId() != null) {
        return s.numId();
      }
    }
    return null;
  }

  @Nullable Integer ilvl(@Nullable String styleId) {
    for (Style s : chain(styleId)) {
      if (s.ilvl() != null) {
        return s.ilvl();
      }
    }
    return null;
  }

  boolean pageBreakBefore(@Nullable String styleId) {
    for (Style s : chain(styleId)) {
      if (s.pageBreakBefore() != null) {
        return s.pageBreakBefore();
      }
    }
    return false;
  }

  private Iterable<Style> chain(@Nullable String styleId) {
    List<Style> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String id = styleId;
    while (id != null && out.size() < MAX_CHAIN && seen.add(id) && styles.containsKey(id)) {
      Style s = styles.get(id);
      out.add(s);
      id = s.basedOn();
    }
    return out;
  }

  static Styles parse(byte @Nullable [] xml, DocxLimits limits)
      throws XMLStreamException, InputProblem {
    if (xml == null) {
      return NONE;
    }
    Cursor c = new Cursor(xml, limits.maxDepth());
    Map<String, Style> styles = new HashMap<>();
    String defaultParagraph = null;
    if (c.root()) {
      int d = c.depth();
      while (c.nextIn(d)) {
        if (c.isStart() && c.wName().equals("style")) {
          String id = c.attr("styleId");
          boolean isDefault = "paragraph".equals(c.attr("type")) && c.onOffAttr("default");
          Style style = style(c);
          if (id != null) {
            styles.put(id, style);
            if (isDefault) {
              defaultParagraph = id;
            }
          }
        }
      }
    }
    c.close();
    return new Styles(styles, defaultParagraph);
  }

  private static Style style(Cursor c) throws XMLStreamException, InputProblem {
    String basedOn = null;
    String numId = null;
    Integer ilvl = null;
    Boolean pageBreak = null;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      switch (c.wName()) {
        case "basedOn" -> basedOn = c.attr("val");
        case "numId" -> numId = c.attr("val");
        case "ilvl" -> ilvl = c.intAttr("val", 0, 0, 8);
        case "pageBreakBefore" -> pageBreak = c.onOff();
        case "rPr", "tblPr", "trPr", "tcPr", "tblStylePr", "pPrChange" -> c.skip();
        default -> { }
      }
    }
    return new Style(basedOn, numId, ilvl, pageBreak);
  }
}
