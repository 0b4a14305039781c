package dev.xxgk.internal.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.xxgk.Severity;
import dev.xxgk.internal.rules.Rule;
import dev.xxgk.internal.rules.RuleKind;
import dev.xxgk.internal.rules.RuleKinds;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Loads rule packs from YAML, resolves overlays ({@code extends}, {@code disable}, {@code
 * severity}, rules replaced by id) and validates the result with Hibernate Validator. A broken pack
 * is a {@link PackException} naming the file, the line and the rule: never a silent no-op.
 */
public final class PackLoader {

  /** The national packs shipped in the {@code rules} module, base first. */
  public static final List<String> BUILT_IN = List.of("gov-2021", "gov-2019");

  private static final String RESOURCE_DIR = "dev/xxgk/rules/";
  private static final Set<String> TOP_FIELDS =
      Set.of("pack", "extends", "format", "labels", "disable", "severity", "rules");
  private static final Set<String> RULE_FIELDS =
      Set.of("id", "kind", "severity", "basis", "citation", "years", "params");

  private final ObjectMapper yaml = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private final Validator validator = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH,
          new org.hibernate.validator.spi.messageinterpolation.LocaleResolver() {
            @Override
            public Locale resolve(
                org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext c) {
              return Locale.ENGLISH;
            }
          }, false))
      .buildValidatorFactory().getValidator();

  /** Loads the built-in packs from the class path, each overlay after its parent. */
  public Map<String, RulePack> loadBuiltIn() {
    Map<String, RulePack> packs = new LinkedHashMap<>();
    for (String name : BUILT_IN) {
      String file = RESOURCE_DIR + name + ".yaml";
      try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new PackException(file, 0, "", "not found on the class path");
        }
        packs.put(name, load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            packs::get));
      } catch (IOException e) {
        throw new PackException(file, 0, "", "cannot be read: " + e.getMessage(), e);
      }
    }
    return packs;
  }

  /**
   * Loads one pack.
   *
   * @param file the file name for messages
   * @param text the YAML text
   * @param parents resolves the pack named by {@code extends}
   */
  public RulePack load(String file, String text, Function<String, @Nullable RulePack> parents) {
    Parsed parsed = parse(file, text);
    RulePack parent = null;
    if (parsed.extendsPack != null) {
      parent = parents.apply(parsed.extendsPack);
      if (parent == null) {
        throw new PackException(file, 0, "", "extends unknown pack '" + parsed.extendsPack + "'");
      }
    }
    RulePack pack = resolve(file, parsed, parent);
    validate(file, pack);
    return pack;
  }

  private Parsed parse(String file, String text) {
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
    return out;
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

  private RulePack resolve(String file, Parsed parsed, @Nullable RulePack parent) {
    List<String> layers = new ArrayList<>(parent == null ? List.of() : parent.layers());
    layers.add(parsed.name);
    LabelsSpec labels = parsed.labels == null ? new LabelsSpec(null, null, null) : parsed.labels;
    List<SectionSpec> sections = labels.sections() != null ? labels.sections()
        : parent != null ? parent.sections() : List.of();
    Map<String, TableSpec> tables = new LinkedHashMap<>(parent == null ? Map.of() : parent.tables());
    if (labels.tables() != null) {
      tables.putAll(labels.tables());
    }
    Map<String, List<String>> signatures = labels.signatures() != null ? labels.signatures()
        : parent != null ? parent.signatures() : Map.of();
    List<Rule> rules = new ArrayList<>();
    if (parent != null) {
      for (Rule r : parent.rules()) {
        if (parsed.disable.contains(r.id())) {
          continue;
        }
        Severity s = parsed.severity.get(r.id());
        rules.add(s == null ? r : r.withSeverity(s, parsed.name));
      }
    }
    checkNames(file, parsed, parent);
    for (Rule r : parsed.rules) {
      Rule own = new Rule(r.id(), r.severity(), r.basis(), r.citation(), r.years(), r.kind(),
          parsed.name, r.origin());
      int existing = indexOf(rules, r.id());
      if (existing >= 0) {
        rules.set(existing, own);
      } else {
        rules.add(own);
      }
    }
    return new RulePack(parsed.name, parsed.format, layers, sections, tables, signatures, rules);
  }

  private static void checkNames(String file, Parsed parsed, @Nullable RulePack parent) {
    Set<String> seen = new java.util.HashSet<>();
    for (Rule r : parsed.rules) {
      if (!seen.add(r.id())) {
        throw new PackException(file, Integer.parseInt(r.origin().replaceAll(".*:", "")), r.id(),
            "duplicate rule id");
      }
    }
    for (String id : parsed.disable) {
      if (parent == null || parent.rule(id).isEmpty()) {
        throw new PackException(file, 0, id, "'disable' names a rule the parent pack does not have");
      }
    }
    for (String id : parsed.severity.keySet()) {
      if (parent == null || parent.rule(id).isEmpty()) {
        throw new PackException(file, 0, id, "'severity' names a rule the parent pack does not have");
      }
    }
  }

  private static int indexOf(List<Rule> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private void validate(String file, RulePack pack) {
    Set<ConstraintViolation<PackUnderTest>> violations = validator.validate(PackUnderTest.of(pack));
    if (violations.isEmpty()) {
      return;
    }
    ConstraintViolation<PackUnderTest> v = violations.stream()
        .min(java.util.Comparator.comparing(x -> x.getPropertyPath().toString())).orElseThrow();
    String path = v.getPropertyPath().toString();
    var m = java.util.regex.Pattern.compile("^rules\\[(\\d+)]\\.?(.*)").matcher(path);
    if (m.find()) {
      Rule r = pack.rules().get(Integer.parseInt(m.group(1)));
      String origin = r.origin();
      int line = Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
      String rest = m.group(2).replaceFirst("^kind", "params");
      throw new PackException(origin.substring(0, origin.lastIndexOf(':')), line, r.id(),
          (rest.isEmpty() ? "" : rest + ": ") + v.getMessage());
    }
    throw new PackException(file, 0, "", path + ": " + v.getMessage());
  }

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
