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
    List<Frame> frames = glyphs.isEmpty() ? List.of() : LatticeFinder.find(RulingCollector.collect(page));
    Map<Glyph, Integer> lineNumbers = number(glyphs);
    List<List<Glyph>> inFrame = new ArrayList<>();
    frames.forEach(f -> inFrame.add(new ArrayList<>()));
    List<Glyph> free = new ArrayList<>();
    for (Glyph g : glyphs) {
      int f = frameOf(frames, g);
      (f < 0 ? free : inFrame.get(f)).add(g);
    }
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      if (!inFrame.get(i).isEmpty()) {
        tables.add(LatticeTables.build(frames.get(i), inFrame.get(i), pageNo, lineNumbers));
      }
    }
    PageFrame frame = PageFrame.of(page);
    return new PageContent(pageNo, frame.displayWidth(), frame.displayHeight(), tables,
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

  private static int frameOf(List<Frame> frames, Glyph g) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).contains(g.centerX(), g.centerY(), LatticeTables.SLACK)) {
        return i;
      }
    }
    return -1;
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
