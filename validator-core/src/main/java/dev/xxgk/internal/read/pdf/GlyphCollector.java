package dev.xxgk.internal.read.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Collects the glyphs of every page. Reuses {@link PDFTextStripper} for what it does well (font
 * decoding, diacritics, suppressing the duplicate glyphs of fake bold) and skips its line
 * building: geometry is done by this package.
 */
final class GlyphCollector extends PDFTextStripper {

  private final Map<Integer, List<Glyph>> pages = new HashMap<>();

  private GlyphCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The glyphs of each page, indexed from 0; whitespace glyphs are left out. */
  static List<List<Glyph>> collect(PDDocument doc) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    collector.writeText(doc, new StringWriter());
    List<List<Glyph>> out = new ArrayList<>();
    for (int i = 1; i <= doc.getNumberOfPages(); i++) {
      out.add(collector.pages.getOrDefault(i, List.of()));
    }
    return out;
  }

  @Override
  protected void writePage() {
    List<Glyph> glyphs = new ArrayList<>();
    int rotation = Math.floorMod(getCurrentPage().getRotation(), 360);
    for (List<TextPosition> article : charactersByArticle) {
      for (TextPosition t : article) {
        Glyph g = toGlyph(t, rotation);
        if (g != null) {
          glyphs.add(g);
        }
      }
    }
    pages.put(getCurrentPageNo(), glyphs);
  }

  private static @Nullable Glyph toGlyph(TextPosition t, int pageRotation) {
    String text = t.getUnicode();
    if (text == null || text.isBlank()) {
      return null;
    }
    float size = t.getFontSizeInPt();
    if (!(size > 0.5f)) {
      size = Math.max(t.getHeight() / 0.7f, 1f);
    }
    int turn = Math.floorMod(Math.round(t.getDir()) - pageRotation, 360);
    float width = Math.abs(turn == 0 ? t.getWidth() : t.getWidthDirAdj());
    if (!(width > 0)) {
      width = size / 2;
    }
    if (!Float.isFinite(t.getX()) || !Float.isFinite(t.getY())) {
      return null;
    }
    return new Glyph(unifyIdeographs(text.strip()), t.getX(), t.getY(), width, size, turn);
  }

  /**
   * Word and WPS often map CJK characters to Kangxi radicals or compatibility ideographs (⼀ for
   * 一); they look the same in print, so they are read as the unified ideographs they show.
   */
  static String unifyIdeographs(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u2F00' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }
}
