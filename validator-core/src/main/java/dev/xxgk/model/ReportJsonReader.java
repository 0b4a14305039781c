package dev.xxgk.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the JSON form of the model (see {@link ReportJson}). */
final class ReportJsonReader {

  /** Reads numbers as exact decimals: a cell of 0.10 万元 must not become 0.1 through a double. */
  private static final ObjectMapper READER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReportJsonReader() {}

  static AnnualReport read(String json) {
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
  static List<String> flatKeys(JsonNode tables) {
    List<String> keys = new ArrayList<>();
    flatten(tables, "", (k, v) -> keys.add(k));
    return keys;
  }
}
