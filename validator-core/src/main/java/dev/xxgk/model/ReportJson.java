package dev.xxgk.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON form of the model (schema: {@code annual-report.schema.json}). {@code tables} holds the
 * values, nested so that flattening with dots gives the canonical keys ({@code
 * tables.t3.received.natural_person}); a blank cell is null and a cell not found is absent. {@code
 * cells} holds, for cells whose text or location is known, the text as printed and where it was.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The model as indented JSON text. */
  public static String write(AnnualReport r) {
    try {
      return MAPPER.writeValueAsString(toJson(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model as a JSON tree. */
  public static ObjectNode toJson(AnnualReport r) {
    return ReportJsonWriter.toJson(r);
  }

  /**
   * Reads the JSON form. Structural problems (not an object, wrong types) throw {@link
   * IllegalArgumentException} with a message saying where.
   */
  public static AnnualReport read(String json) {
    return ReportJsonReader.read(json);
  }

  /** The cell keys a JSON document's {@code tables} object flattens to (for tests and tools). */
  public static List<String> flatKeys(JsonNode tables) {
    return ReportJsonReader.flatKeys(tables);
  }
}
