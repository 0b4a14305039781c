package dev.xxgk.internal.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.xxgk.Severity;
import dev.xxgk.internal.rules.Rule;
import dev.xxgk.internal.rules.RuleKind;
import dev.xxgk.internal.rules.RuleKinds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses one pack file, keeping the line of every rule so that later errors can name it. Unknown
 * fields, unknown kinds and malformed parameters are {@link PackException}s naming file, line and
 * rule.
 */
final class PackYaml {

  private static final Set<String> TOP_FIELDS =
      Set.of("pack", "extends", "format", "labels", "disable", "severity", "rules");
  private static final Set<String> RULE_FIELDS =
      Set.of("id", "kind", "severity", "basis", "citation", "years", "params");

  private final ObjectMapper yaml = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  PackFile parse(String file, String text) {
    Parsed out = new Parsed();
    try (JsonParser p = yaml.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new PackException(file, 1, "", "a pack is a YAML mapping");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        p.nextToken();
        if (!TOP_FIELDS.contains(field)) {
          throw new PackException(file, line, "", "unknown field '" + field + "'; known: " + TOP_FIELDS);
        }
        switch (field) {
          case "pack" -> out.name = p.getValueAsString();
          case "extends" -> out.extendsPack = p.getValueAsString();
          case "format" -> out.format = p.getValueAsString();
          case "labels" -> out.labels = yaml.readValue(p, LabelsSpec.class);
          case "disable" -> out.disable = List.of(yaml.readValue(p, String[].class));
          case "severity" -> out.severity = readSeverities(file, line, yaml.readTree(p));
          case "rules" -> out.rules = readRules(file, p);
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PackException(file, line, "", e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PackException(file, 0, "", e.getMessage(), e);
    }
    if (out.name == null || out.format == null) {
      throw new PackException(file, 1, "", "'pack' and 'format' are required");
    }
    return new PackFile(file, out.name, out.extendsPack, out.format, out.labels, out.disable,
        out.severity, out.rules);
  }

  private Map<String, Severity> readSeverities(String file, int line, JsonNode node) {
    Map<String, Severity> out = new LinkedHashMap<>();
    node.properties().forEach(e -> {
      try {
        out.put(e.getKey(), Severity.fromCode(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw new PackException(file, line, e.getKey(), "unknown severity '" + e.getValue().asText() + "'");
      }
    });
    return out;
  }

  private List<Rule> readRules(String file, JsonParser p) throws IOException {
    List<Rule> rules = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new PackException(file, p.currentTokenLocation().getLineNr(), "", "'rules' is a list");
    }
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int line = p.currentTokenLocation().getLineNr();
      ObjectNode node = yaml.readTree(p);
      rules.add(readRule(file, line, node));
    }
    return rules;
  }

  private Rule readRule(String file, int line, ObjectNode node) {
    String id = node.path("id").asText("");
    node.fieldNames().forEachRemaining(f -> {
      if (!RULE_FIELDS.contains(f)) {
        throw new PackException(file, line, id, "unknown field '" + f + "'; known: " + RULE_FIELDS);
      }
    });
    try {
      Class<? extends RuleKind> kindClass = RuleKinds.byName(node.path("kind").asText(""));
      JsonNode params = node.has("params") ? node.get("params") : JsonNodeFactory.instance.objectNode();
      RuleKind kind = yaml.treeToValue(params, kindClass);
      Severity severity = node.has("severity") ? Severity.fromCode(node.get("severity").asText()) : null;
      Basis basis = node.has("basis") ? Basis.valueOf(node.get("basis").asText()) : null;
      YearRange years = node.has("years") ? yaml.treeToValue(node.get("years"), YearRange.class) : null;
      return new Rule(id, severity, basis, node.path("citation").asText(null), years, kind, "",
          file + ":" + line);
    } catch (JsonProcessingException e) {
      throw new PackException(file, line, id, "params: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new PackException(file, line, id, e.getMessage(), e);
    }
  }

  /** The fields of a pack file as they are read. */
  private static final class Parsed {
    @Nullable String name;
    @Nullable String extendsPack;
    @Nullable String format;
    @Nullable LabelsSpec labels;
    List<String> disable = List.of();
    Map<String, Severity> severity = Map.of();
    List<Rule> rules = List.of();
  }
}
