package dev.xxgk.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the model (schema: {@code annual-report.schema.json}). {@code tables} holds the
 * values, nested so that flattening with dots gives the canonical keys ({@code
 * tables.t3.received.natural_person}); a blank cell is null and a cell not found is absent. {@code
 * cells} holds, for cells whose text or location is known, the text as printed and where it was.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Reads numbers as exact decimals: a cell of 0.10 万元 must not become 0.1 through a double. */
  private static final ObjectMapper READER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReportJson() {}

  public static String write(AnnualReport r) {
    try {
      return MAPPER.writeValueAsString(toJson(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode toJson(AnnualReport r) {
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
  public static AnnualReport read(String json) {
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*|\\s*\\[Source: .*", "");
      throw new IllegalArgumentException("line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + why, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the top level must be an object");
    }
    AnnualReport.Builder b = AnnualReport.builder()
        .title(text(root, "title")).issuer(text(root, "issuer"))
        .year(root.hasNonNull("year") ? root.get("year").asInt() : null)
        .format(root.hasNonNull("format") ? ReportFormat.fromCode(root.get("format").asText())
            : ReportFormat.UNKNOWN)
        .kind(root.hasNonNull("kind") ? ReportKind.fromCode(root.get("kind").asText())
            : ReportKind.UNKNOWN)
        .preamble(root.path("preamble").asText(""));
    JsonNode period = root.get("period");
    if (period != null && period.isObject()) {
      b.period(new Period(LocalDate.parse(period.get("from").asText()),
          LocalDate.parse(period.get("to").asText()), "", SourceRef.UNKNOWN));
    }
    for (JsonNode s : root.path("sections")) {
      int n = s.path("number").asInt();
      if (n < 1 || n > 6) {
        throw new IllegalArgumentException("sections: number must be 1 to 6, was " + s.path("number"));
      }
      b.section(new Section(n, text(s, "numeral"), s.path("heading").asText(""),
          s.path("text").asText(""), sourceOf(s)));
    }
    JsonNode cells = root.path("cells");
    Map<String, Set<String>> rows = new java.util.LinkedHashMap<>();
    Map<String, Set<String>> cols = new java.util.LinkedHashMap<>();
    flatten(root.path("tables"), "", (key, value) -> {
      JsonNode meta = cells.path(key);
      String raw = meta.hasNonNull("raw") ? meta.get("raw").asText()
          : value.isNull() ? "" : value.asText();
      BigDecimal v = value.isNumber() ? value.decimalValue() : value.isTextual() ? CellText.parse(value.asText()) : null;
      b.cell(key, new Cell(v, raw, sourceOf(meta)));
      String[] k = key.split("\\.");
      String row = String.join(".", java.util.Arrays.copyOfRange(k, 1, k.length - 1));
      rows.computeIfAbsent(k[0], x -> new LinkedHashSet<>()).add(row);
      cols.computeIfAbsent(k[0], x -> new LinkedHashSet<>()).add(k[k.length - 1]);
    });
    JsonNode layout = root.path("layout");
    for (String t : rows.keySet()) {
      JsonNode l = layout.path(t);
      String shape = l.hasNonNull("shape") ? l.get("shape").asText()
          : root.path("format").asText("").equals("2019") ? "2019" : "2021";
      Integer part = l.hasNonNull("part") ? l.get("part").asInt() : null;
      b.table(new TableInfo(t, shape, part, List.copyOf(rows.get(t)), List.copyOf(cols.get(t)),
          List.of(), List.of(), sourceOf(l)));
    }
    JsonNode fees = root.get("fees");
    if (fees != null && fees.isObject()) {
      b.fees(new Fees(fees.hasNonNull("notices") ? fees.get("notices").asInt() : null,
          decimal(fees, "notified_amount"), decimal(fees, "collected_amount"), SourceRef.UNKNOWN));
    }
    for (JsonNode h : root.path("stray_headings")) {
      b.strayHeading(new StrayHeading(h.path("part").asInt(), h.path("numeral").asText(""),
          h.path("text").asText(""), sourceOf(h)));
    }
    root.path("format_evidence").forEach(e -> b.formatEvidence(e.asText()));
    return b.build();
  }

  private static void flatten(JsonNode node, String prefix,
      java.util.function.BiConsumer<String, JsonNode> out) {
    if (!node.isObject()) {
      if (!node.isMissingNode()) {
        throw new IllegalArgumentException("tables: " + (prefix.isEmpty() ? "" : prefix + ": ")
            + "must be an object of tables");
      }
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(v, key, out);
      } else if (v.isNumber() || v.isNull() || v.isTextual()) {
        if (key.split("\\.").length < 3) {
          throw new IllegalArgumentException("tables: " + key + ": a cell needs table, row and column");
        }
        out.accept(key, v);
      } else {
        throw new IllegalArgumentException("tables: " + key + ": a cell is a number, null or text");
      }
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static @Nullable BigDecimal decimal(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).decimalValue() : null;
  }

  private static SourceRef sourceOf(JsonNode n) {
    Integer page = n.hasNonNull("page") ? n.get("page").asInt() : null;
    Integer line = n.hasNonNull("line") ? n.get("line").asInt() : null;
    if (page == null && line == null && !n.hasNonNull("table_index")) {
      return SourceRef.UNKNOWN;
    }
    return new SourceRef(page, line,
        n.hasNonNull("table_index") ? n.get("table_index").asInt() : null,
        n.hasNonNull("row_index") ? n.get("row_index").asInt() : null,
        n.hasNonNull("column_index") ? n.get("column_index").asInt() : null);
  }

  /** The cell keys a JSON document's {@code tables} object flattens to (for tests and tools). */
  public static List<String> flatKeys(JsonNode tables) {
    List<String> keys = new ArrayList<>();
    flatten(tables, "", (k, v) -> keys.add(k));
    return keys;
  }
}
