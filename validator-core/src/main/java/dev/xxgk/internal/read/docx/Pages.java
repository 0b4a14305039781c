package dev.xxgk.internal.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Page counting from what the document records. Word writes a {@code w:lastRenderedPageBreak}
 * wherever a page ended when it last laid the document out; when a document has any, those are
 * the page numbers. Documents made by software have none: then explicit breaks are counted (page
 * breaks, paragraphs that start a new page, section breaks that are not continuous), which gives
 * the right page only where all breaks are explicit. A document that records no break at all gets
 * no page numbers.
 *
 * <p>Marks are taken while reading and turned into page numbers at the end, when the mode and the
 * type of every section are known.
 */
final class Pages {

  /** A position: breaks of each kind seen before it, and the section it is in. */
  record Mark(int rendered, int explicit, int section) {

    Mark max(Mark other) {
      return new Mark(Math.max(rendered, other.rendered), Math.max(explicit, other.explicit),
          Math.max(section, other.section));
    }
  }

  private int rendered;
  private int explicit;
  private int section;
  private int frozen;
  private final List<Boolean> sectionStartsPage = new ArrayList<>();
  private int @Nullable [] sectionBreaks;

  Mark mark() {
    return new Mark(rendered, explicit, section);
  }

  /** Goes back to a mark, e.g. to read each cell of a row from the row's start. */
  void reset(Mark mark) {
    rendered = mark.rendered();
    explicit = mark.explicit();
    section = mark.section();
  }

  void renderedBreak() {
    if (frozen == 0) {
      rendered++;
    }
  }

  void explicitBreak() {
    if (frozen == 0) {
      explicit++;
    }
  }

  /** Text boxes float on the page of their anchor: breaks inside them do not count. */
  void freeze() {
    frozen++;
  }

  void thaw() {
    frozen--;
  }

  /**
   * A section properties element: it ends the current section, and its type says how that
   * section began ({@code nextPage} unless given).
   */
  void sectionProperties(@Nullable String type) {
    sectionStartsPage.add(type == null || !type.equals("continuous"));
  }

  /** The paragraph that carries section properties has ended: a new section begins. */
  void sectionEnd() {
    section++;
  }

  /**
   * Turns a mark into a page number, or null when the document records no page breaks. Call only
   * once the whole document has been read.
   */
  @Nullable Integer page(Mark mark) {
    if (rendered > 0) {
      return 1 + mark.rendered();
    }
    if (explicit == 0 && sectionBreaksBefore(section) == 0) {
      return null;
    }
    return 1 + mark.explicit() + sectionBreaksBefore(mark.section());
  }

  /** Section breaks that start a page before section {@code index}; counted once. */
  private int sectionBreaksBefore(int index) {
    if (sectionBreaks == null) {
      int[] counts = new int[section + 1];
      for (int s = 1; s <= section; s++) {
        boolean startsPage = s >= sectionStartsPage.size() || sectionStartsPage.get(s);
        counts[s] = counts[s - 1] + (startsPage ? 1 : 0);
      }
      sectionBreaks = counts;
    }
    return sectionBreaks[Math.min(index, sectionBreaks.length - 1)];
  }
}
