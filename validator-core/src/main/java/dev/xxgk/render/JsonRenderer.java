package dev.xxgk.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.xxgk.Defect;
import dev.xxgk.FileResult;
import dev.xxgk.Location;
import dev.xxgk.Term;
import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON output contract: {@code {"tool","version","files":[…],"summary":{…}}}. Every location
 * field is present (null when absent); {@code expected}, {@code actual}, {@code difference} and
 * {@code terms} are filled for arithmetic rules only.
 */
final class JsonRenderer implements Renderer {

  private final JsonGenerator g;
  private final Xxgk xxgk;
  private final Locale locale;

  JsonRenderer(Writer out, Xxgk xxgk, Locale locale) {
    this.xxgk = xxgk;
    this.locale = locale;
    try {
      this.g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "xxgk");
      g.writeStringField("version", Xxgk.version());
      g.writeArrayFieldStart("files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(FileResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", r.path());
    g.writeStringField("status", r.status().code());
    AnnualReport m = r.report();
    if (m == null) {
      g.writeNullField("report");
    } else {
      g.writeObjectFieldStart("report");
      g.writeStringField("title", m.title());
      g.writeStringField("issuer", m.issuer());
      number(g, "year", m.year() == null ? null : BigDecimal.valueOf(m.year()));
      g.writeStringField("format", m.format().code());
      g.writeStringField("kind", m.kind().code());
      g.writeStringField("pack", r.pack());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("defects");
    for (Defect d : r.defects()) {
      defect(d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void defect(Defect d) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", d.rule());
    g.writeStringField("severity", d.severity().code());
    g.writeStringField("message", xxgk.message(d, locale));
    Location l = d.location();
    g.writeObjectFieldStart("location");
    number(g, "part", l.part() == null ? null : BigDecimal.valueOf(l.part()));
    g.writeStringField("table", l.table());
    g.writeStringField("row", l.row());
    g.writeStringField("column", l.column());
    g.writeStringField("cell", l.cell());
    number(g, "page", l.page() == null ? null : BigDecimal.valueOf(l.page()));
    number(g, "line", l.line() == null ? null : BigDecimal.valueOf(l.line()));
    g.writeEndObject();
    number(g, "expected", d.expected());
    number(g, "actual", d.actual());
    number(g, "difference", d.difference());
    if (!d.terms().isEmpty()) {
      g.writeArrayFieldStart("terms");
      for (Term t : d.terms()) {
        g.writeStartObject();
        g.writeStringField("side", t.side());
        g.writeStringField("cell", t.key());
        number(g, "value", t.value());
        g.writeBooleanField("blank", t.blank());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("pack", d.pack());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, @Nullable BigDecimal v)
      throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else if (v.stripTrailingZeros().scale() <= 0) {
      g.writeNumberField(field, v.toBigIntegerExact().longValueExact());
    } else {
      g.writeNumberField(field, v.stripTrailingZeros());
    }
  }

  @Override
  public void finish(Summary s) throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", s.files());
    g.writeNumberField("unreadable", s.unreadable());
    g.writeNumberField("errors", s.errors());
    g.writeNumberField("warnings", s.warnings());
    g.writeNumberField("infos", s.infos());
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }
}
