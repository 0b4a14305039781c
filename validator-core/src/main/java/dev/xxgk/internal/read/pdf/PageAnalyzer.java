package dev.xxgk.internal.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads one page: numbers its lines, finds its ruled tables and fills them with their glyphs. */
final class PageAnalyzer {

  private PageAnalyzer() {}

  static PageContent analyze(int pageNo, PDPage page, List<Glyph> glyphs) throws IOException {
    List<Frame> frames =
        glyphs.isEmpty() ? List.of() : LatticeFinder.find(RulingCollector.collect(page));
    Map<Glyph, Integer> lineNumbers = number(glyphs);
    boolean[] taken = new boolean[glyphs.size()];
    List<Table> tables = new ArrayList<>();
    for (Frame frame : frames) {
      List<Integer> inside = new ArrayList<>();
      for (int i = 0; i < glyphs.size(); i++) {
        Glyph g = glyphs.get(i);
        if (!taken[i] && frame.contains(g.centerX(), g.centerY(), LatticeTables.SLACK)) {
          inside.add(i);
        }
      }
      List<Glyph> cellGlyphs = inside.stream().map(glyphs::get).toList();
      if (!cellGlyphs.isEmpty() && !LatticeTables.isTextBox(frame, cellGlyphs)) {
        inside.forEach(i -> taken[i] = true);
        tables.add(LatticeTables.build(frame, cellGlyphs, pageNo, lineNumbers));
      }
    }
    List<Glyph> free = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      if (!taken[i]) {
        free.add(glyphs.get(i));
      }
    }
    PageFrame pageFrame = PageFrame.of(page);
    return new PageContent(pageNo, pageFrame.displayWidth(), pageFrame.displayHeight(), tables,
        lines(free), lineNumbers);
  }

  /** Upright text in lines; text turned on its side (a margin note) in columns. */
  private static List<TextLine> lines(List<Glyph> free) {
    List<Glyph> upright = free.stream().filter(g -> !g.sideways()).toList();
    List<TextLine> lines = new ArrayList<>(Lines.group(upright));
    if (upright.size() < free.size()) {
      lines.addAll(SidewaysText.lines(free.stream().filter(Glyph::sideways).toList()));
      lines.sort(Comparator.comparingDouble(TextLine::top));
    }
    return lines;
  }

  /** Line numbers over the whole page, tables included, counted from the top. */
  private static Map<Glyph, Integer> number(List<Glyph> glyphs) {
    Map<Glyph, Integer> out = new HashMap<>();
    List<TextLine> lines = Lines.group(glyphs);
    for (int i = 0; i < lines.size(); i++) {
      for (Glyph g : lines.get(i).glyphs()) {
        out.put(g, i + 1);
      }
    }
    return out;
  }
}
