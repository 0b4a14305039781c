package dev.xxgk.render;

import dev.xxgk.Defect;
import dev.xxgk.FileResult;
import dev.xxgk.Location;

import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable output: per file a header line (path, issuer, year, format), then its defects,
 * errors first, each with its rule id, location and message; a summary at the end.
 */
final class TextRenderer implements Renderer {

  private final PrintWriter out;
  private final Xxgk xxgk;
  private final Locale locale;

  TextRenderer(Writer out, Xxgk xxgk, Locale locale) {
    this.out = new PrintWriter(out);
    this.xxgk = xxgk;
    this.locale = locale;
  }

  @Override
  public void file(FileResult r) {
    AnnualReport m = r.report();
    StringBuilder head = new StringBuilder("== ").append(r.path());
    if (r.status() == FileResult.Status.UNREADABLE) {
      head.append("  [").append(xxgk.text(locale, "ui.unreadable")).append(']');
    } else if (m != null) {
      List<String> facts = new ArrayList<>();
      if (m.issuer() != null) {
        facts.add(m.issuer());
      }
      if (m.year() != null) {
        facts.add(String.valueOf(m.year()));
      }
      facts.add(xxgk.text(locale, "word.format." + m.format().code()));
      head.append("  (").append(String.join(", ", facts)).append(')');
    }
    out.println(head);
    if (r.defects().isEmpty()) {
      out.println("   " + xxgk.text(locale, "ui.no-defects"));
    }
    List<Defect> sorted = new ArrayList<>(r.defects());
    sorted.sort(Comparator.comparing(Defect::severity));
    for (Defect d : sorted) {
      out.println("   [" + xxgk.text(locale, "ui.severity." + d.severity().code()) + "] "
          + d.rule() + where(d.location()));
      out.println("      " + xxgk.message(d, locale));
    }
    out.println();
  }

  private String where(Location l) {
    List<String> parts = new ArrayList<>();
    if (l.part() != null && l.part() > 0) {
      parts.add(xxgk.text(locale, "ui.location.part", l.part()));
    }
    if (l.cell() != null) {
      parts.add(l.cell());
    } else if (l.table() != null) {
      parts.add(l.table() + (l.row() != null ? "." + l.row() : "")
          + (l.column() != null ? "[" + l.column() + "]" : ""));
    }
    if (l.page() != null) {
      parts.add(xxgk.text(locale, "ui.location.page", l.page()));
    }
    if (l.line() != null) {
      parts.add(xxgk.text(locale, "ui.location.line", l.line()));
    }
    return parts.isEmpty() ? "" : "  @ " + String.join(", ", parts);
  }

  @Override
  public void finish(Summary s) throws IOException {
    out.println(xxgk.text(locale, "ui.summary").replace("{files}", String.valueOf(s.files()))
        .replace("{unreadable}", String.valueOf(s.unreadable()))
        .replace("{errors}", String.valueOf(s.errors()))
        .replace("{warnings}", String.valueOf(s.warnings()))
        .replace("{infos}", String.valueOf(s.infos())));
    out.flush();
  }

}
