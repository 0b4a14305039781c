package dev.xxgk.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes the JSON form of the model (see {@link ReportJson}). */
final class ReportJsonWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportJsonWriter() {}

  static ObjectNode toJson(AnnualReport r) {
    ObjectNode root = F.objectNode();
    root.put("title", r.title());
    root.put("issuer", r.issuer());
    root.put("year", r.year());
    root.put("format", r.format().code());
    root.put("kind", r.kind().code());
    if (r.period() == null) {
      root.putNull("period");
    } else {
      root.putObject("period").put("from", r.period().from().toString())
          .put("to", r.period().to().toString());
    }
    root.put("preamble", r.preamble());
    var sections = root.putArray("sections");
    for (Section s : r.sections()) {
      ObjectNode n = sections.addObject().put("number", s.number()).put("numeral", s.numeral())
          .put("heading", s.heading()).put("text", s.text());
      source(n, s.source());
    }
    ObjectNode tables = root.putObject("tables");
    ObjectNode cells = F.objectNode();
    for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
      put(tables, e.getKey(), e.getValue().value());
      Cell c = e.getValue();
      if (!c.raw().isEmpty() || c.source() != SourceRef.UNKNOWN) {
        source(cells.putObject(e.getKey()).put("raw", c.raw()), c.source());
      }
    }
    if (r.fees() == null) {
      root.putNull("fees");
    } else {
      Fees f = r.fees();
      root.putObject("fees").put("notices", f.notices()).put("notified_amount", f.notifiedAmount())
          .put("collected_amount", f.collectedAmount());
    }
    root.set("cells", cells);
    ObjectNode layout = root.putObject("layout");
    for (TableInfo t : r.tables().values()) {
      ObjectNode n = layout.putObject(t.key()).put("shape", t.shape()).put("part", t.part());
      t.rows().forEach(n.putArray("rows")::add);
      t.columns().forEach(n.putArray("columns")::add);
      t.extraColumns().forEach(n.putArray("extra_columns")::add);
      var labels = n.putArray("labels");
      t.labels().forEach(l -> source(labels.addObject().put("key", l.key()).put("printed", l.printed())
          .put("standard", l.standard()), l.source()));
      source(n, t.source());
    }
    var strays = root.putArray("stray_headings");
    r.strayHeadings().forEach(h -> source(strays.addObject().put("part", h.part())
        .put("numeral", h.numeral()).put("text", h.text()), h.source()));
    r.formatEvidence().forEach(root.putArray("format_evidence")::add);
    return root;
  }

  private static void put(ObjectNode tables, String key, @Nullable BigDecimal value) {
    String[] parts = key.split("\\.");
    ObjectNode node = tables;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
    }
    String leaf = parts[parts.length - 1];
    if (value == null) {
      node.putNull(leaf);
    } else if (value.stripTrailingZeros().scale() <= 0) {
      node.put(leaf, value.toBigIntegerExact());
    } else {
      node.put(leaf, value);
    }
  }

  private static void source(ObjectNode n, SourceRef s) {
    if (s.page() != null) {
      n.put("page", s.page());
    }
    if (s.line() != null) {
      n.put("line", s.line());
    }
    if (s.table() != null) {
      n.put("table_index", s.table()).put("row_index", s.row()).put("column_index", s.column());
    }
  }

  /**
   * Reads the JSON form. Structural problems (not an object, wrong types) throw {@link
   * IllegalArgumentException} with a message saying where.
   */
}
