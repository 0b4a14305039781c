package dev.xxgk.internal.extract;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Period;
import dev.xxgk.model.Section;
import dev.xxgk.model.SourceRef;
import dev.xxgk.model.StrayHeading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document into the canonical model: finds the title, the six parts, the tables (by their
 * labels, wherever they stand), the cells, the format, the statistics period and the fee
 * statement. Immutable and thread-safe.
 */
public final class Extractor {

  private final SectionFinder sectionFinder;
  private final TableExtractor tables;

  public Extractor(Dictionary dictionary) {
    this.tables = new TableExtractor(dictionary);
    List<String> numbered = new ArrayList<>();
    dictionary.specs().forEach(spec -> spec.blocks().forEach(b -> {
      b.rows().forEach(r -> numbered.add(Normalizer.label(r.standard())));
      spec.groupList().forEach(g -> numbered.add(Normalizer.label(g)));
    }));
    this.sectionFinder = new SectionFinder(dictionary.sections(),
        numbered.stream().filter(s -> s.matches("^[一二三四五六七八九十]+、.*")).distinct().toList());
  }

  public AnnualReport extract(Document doc) {
    AnnualReport.Builder b = AnnualReport.builder();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> paragraphBlocks = new ArrayList<>();
    for (int i = 0; i < doc.blocks().size(); i++) {
      if (doc.blocks().get(i) instanceof Paragraph p) {
        paragraphs.add(p);
        paragraphBlocks.add(i);
      }
    }
    int titleIndex = title(paragraphs, b);
    List<HeadingHit> hits = sectionFinder.find(paragraphs.stream().map(Paragraph::text).toList(),
        paragraphs.stream().map(Paragraph::pos).toList());
    List<HeadingHit> parts = acceptedParts(hits);
    sections(paragraphs, parts, titleIndex, b);
    strays(hits, parts, b);
    tables.extract(doc, block -> partOfBlock(block, paragraphBlocks, parts), b);
    AnnualReport partial = b.build();
    var period = period(paragraphs, parts);
    b.period(period);
    if (partial.year() == null && period != null) {
      b.year(period.to().getYear());
    }
    partial.section(6).ifPresent(s -> b.fees(MetadataReader.fees(s.text(), s.source())));
    return b.build();
  }

  /**
   * The period stated before part 2 (in the preamble or part 1), located at the paragraph where
   * its statement starts. A statement may run on into the next paragraph: the PDF and text
   * readers give every printed line as a paragraph, and a line may break inside the dates.
   */
  private static @Nullable Period period(
      List<Paragraph> paragraphs, List<HeadingHit> parts) {
    int end = parts.stream().filter(h -> h.number() >= 2).mapToInt(HeadingHit::paragraph).min()
        .orElse(paragraphs.size() - 1);
    for (int i = 0; i <= end && i < paragraphs.size(); i++) {
      SourceRef pos = paragraphs.get(i).pos();
      var p = MetadataReader.period(paragraphs.get(i).text(), pos);
      if (p == null && i + 1 < paragraphs.size()
          && MetadataReader.period(paragraphs.get(i + 1).text(), pos) == null) {
        p = MetadataReader.period(paragraphs.get(i).text() + "\n" + paragraphs.get(i + 1).text(),
            pos);
      }
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static int title(List<Paragraph> paragraphs, AnnualReport.Builder b) {
    for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
      String text = paragraphs.get(i).text().strip();
      if (MetadataReader.isTitle(text)) {
        Object[] iy = MetadataReader.issuerAndYear(text);
        b.title(text).issuer((String) iy[0]).year((Integer) iy[1])
            .kind(MetadataReader.kind((String) iy[0]));
        return i;
      }
    }
    return -1;
  }

  /** The first heading of each part, in document order. */
  private static List<HeadingHit> acceptedParts(List<HeadingHit> hits) {
    Map<Integer, HeadingHit> first = new LinkedHashMap<>();
    for (HeadingHit h : hits) {
      if (h.isPart()) {
        first.putIfAbsent(h.number(), h);
      }
    }
    return first.values().stream().sorted((x, y) -> x.before(y) ? -1 : y.before(x) ? 1 : 0)
        .toList();
  }

  private static void sections(List<Paragraph> paragraphs, List<HeadingHit> parts, int titleIndex,
      AnnualReport.Builder b) {
    int firstPara = parts.isEmpty() ? paragraphs.size() : parts.get(0).paragraph();
    int firstStart = parts.isEmpty() ? 0 : parts.get(0).start();
    b.preamble(span(paragraphs, titleIndex + 1, 0, firstPara, firstStart));
    for (int i = 0; i < parts.size(); i++) {
      HeadingHit h = parts.get(i);
      HeadingHit next = i + 1 < parts.size() ? parts.get(i + 1) : null;
      String text = next == null ? span(paragraphs, h.paragraph(), h.end(), paragraphs.size(), 0)
          : span(paragraphs, h.paragraph(), h.end(), next.paragraph(), next.start());
      b.section(new Section(h.number(), h.numeral(), h.heading(), text.strip(), h.pos()));
    }
  }

  /** Text from (paragraph p1, offset o1) up to (paragraph p2, offset o2), paragraphs joined by lines. */
  private static String span(List<Paragraph> paragraphs, int p1, int o1, int p2, int o2) {
    StringBuilder sb = new StringBuilder();
    for (int p = Math.max(p1, 0); p <= p2 && p < paragraphs.size(); p++) {
      String t = paragraphs.get(p).text();
      int from = p == p1 ? Math.min(o1, t.length()) : 0;
      int to = p == p2 ? Math.min(o2, t.length()) : t.length();
      if (from < to) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(t, from, to);
      }
    }
    return sb.toString().strip();
  }

  private static void strays(List<HeadingHit> hits, List<HeadingHit> parts, AnnualReport.Builder b) {
    if (parts.isEmpty()) {
      return;
    }
    for (HeadingHit h : hits) {
      if (h.isPart() || h.before(parts.get(0))) {
        continue;
      }
      int part = 0;
      for (HeadingHit p : parts) {
        if (p.before(h)) {
          part = p.number();
        }
      }
      b.strayHeading(new StrayHeading(part, h.numeral() == null ? "" : h.numeral(), h.heading(),
          h.pos()));
    }
  }

  /** The part whose heading is the last one before the table's first block (0 before part 1). */
  private static int partOfBlock(int block, List<Integer> paragraphBlocks, List<HeadingHit> parts) {
    int part = 0;
    for (HeadingHit h : parts) {
      if (paragraphBlocks.get(h.paragraph()) < block) {
        part = h.number();
      }
    }
    return part;
  }
}
