package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * The list definitions of {@code numbering.xml}: abstract definitions ({@code w:abstractNum}) with
 * their levels, and the instances paragraphs refer to ({@code w:num}), which may override the
 * start of a level or a whole level.
 */
final class Numbering {

  static final Numbering NONE = new Numbering(Map.of(), Map.of());

  /** An abstract list: its levels by index, or a link to a numbering style that defines it. */
  record Abstract(String id, Map<Integer, ListLevel> levels, @Nullable String numStyleLink) {}

  /** A list instance: the abstract list it uses and its per-level overrides. */
  record Instance(
      String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, ListLevel> levels) {}

  private final Map<String, Abstract> abstracts;
  private final Map<String, Instance> instances;

  private Numbering(Map<String, Abstract> abstracts, Map<String, Instance> instances) {
    this.abstracts = abstracts;
    this.instances = instances;
  }

  @Nullable Instance instance(String numId) {
    return instances.get(numId);
  }

  /**
   * The abstract list behind an instance. An abstract list that only links to a numbering style
   * ({@code numStyleLink}) is resolved through that style's own list, one hop.
   */
  @Nullable Abstract abstractOf(Instance instance, Styles styles) {
    Abstract a = abstracts.get(instance.abstractId());
    if (a != null && a.levels().isEmpty() && a.numStyleLink() != null) {
      String linkedNum = styles.numId(a.numStyleLink());
      Instance linked = linkedNum == null ? null : instances.get(linkedNum);
      Abstract target = linked == null ? null : abstracts.get(linked.abstractId());
      if (target != null) {
        return target;
      }
    }
    return a;
  }

  static Numbering parse(byte @Nullable [] xml, DocxLimits limits)
      throws XMLStreamException, InputProblem {
    if (xml == null) {
      return NONE;
    }
    Cursor c = new Cursor(xml, limits.maxDepth());
    Map<String, Abstract> abstracts = new HashMap<>();
    Map<String, Instance> instances = new HashMap<>();
    if (c.root()) {
      int d = c.depth();
      while (c.nextIn(d)) {
        if (!c.isStart()) {
          continue;
        }
        if (c.wName().equals("abstractNum")) {
          String id = String.valueOf(c.attr("abstractNumId"));
          abstracts.put(id, abstractNum(c, id));
        } else if (c.wName().equals("num")) {
          String id = String.valueOf(c.attr("numId"));
          instances.put(id, num(c));
        }
      }
    }
    c.close();
    return new Numbering(abstracts, instances);
  }

  private static Abstract abstractNum(Cursor c, String id) throws XMLStreamException, InputProblem {
    Map<Integer, ListLevel> levels = new HashMap<>();
    String link = null;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (c.isStart() && c.wName().equals("lvl")) {
        int ilvl = c.intAttr("ilvl", 0, 0, 8);
        levels.put(ilvl, level(c));
      } else if (c.isStart() && c.wName().equals("numStyleLink")) {
        link = c.attr("val");
      }
    }
    return new Abstract(id, levels, link);
  }

  private static Instance num(Cursor c) throws XMLStreamException, InputProblem {
    String abstractId = "";
    Map<Integer, Integer> starts = new HashMap<>();
    Map<Integer, ListLevel> levels = new HashMap<>();
    int overrideLevel = 0;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      switch (c.wName()) {
        case "abstractNumId" -> abstractId = String.valueOf(c.attr("val"));
        case "lvlOverride" -> overrideLevel = c.intAttr("ilvl", 0, 0, 8);
        case "startOverride" ->
            starts.put(overrideLevel, c.intAttr("val", 1, 0, Integer.MAX_VALUE - 1));
        case "lvl" -> levels.put(overrideLevel, level(c));
        default -> { }
      }
    }
    return new Instance(abstractId, starts, levels);
  }

  /**
   * Reads a {@code w:lvl}. Word 2010 writes custom number formats as an {@code mc:Choice} with a
   * plain fallback; the plain format wins over {@code custom}, which has no fixed meaning.
   */
  private static ListLevel level(Cursor c) throws XMLStreamException, InputProblem {
    int start = 1;
    String numFmt = "decimal";
    String lvlText = null;
    Integer restart = null;
    boolean legal = false;
    String suffix = "tab";
    String pStyle = null;
    int d = c.depth();
    while (c.nextIn(d)) {
      if (!c.isStart()) {
        continue;
      }
      switch (c.wName()) {
        case "start" -> start = c.intAttr("val", 1, 0, Integer.MAX_VALUE - 1);
        case "numFmt" -> {
          String fmt = c.attr("val");
          if (fmt != null && (!fmt.equals("custom") || numFmt.equals("decimal"))) {
            numFmt = fmt;
          }
        }
        case "lvlText" -> lvlText = c.onOffAttr("null") ? null : c.attr("val");
        case "lvlRestart" -> restart = c.intAttr("val", 1, 0, 9);
        case "isLgl" -> legal = c.onOff();
        case "suff" -> suffix = String.valueOf(c.attr("val"));
        case "pStyle" -> pStyle = c.attr("val");
        case "pPr", "rPr" -> c.skip();
        default -> { }
      }
    }
    return new ListLevel(start, numFmt, lvlText, restart, legal, suffix, pStyle);
  }
}
