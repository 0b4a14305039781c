package dev.xxgk.internal.pack;

import dev.xxgk.Severity;
import dev.xxgk.internal.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an overlay against its parent: label tables replaced by key, rules disabled or
 * re-graded, own rules added or replacing the parent's of the same id. Every rule keeps the layer
 * that last defined it.
 */
final class PackResolver {

  private PackResolver() {}

  static RulePack resolve(PackFile parsed, @Nullable RulePack parent) {
    List<String> layers = new ArrayList<>(parent == null ? List.of() : parent.layers());
    layers.add(parsed.name());
    LabelsSpec labels = parsed.labels() == null ? new LabelsSpec(null, null, null) : parsed.labels();
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
        if (parsed.disable().contains(r.id())) {
          continue;
        }
        Severity s = parsed.severity().get(r.id());
        rules.add(s == null ? r : r.withSeverity(s, parsed.name()));
      }
    }
    checkNames(parsed, parent);
    for (Rule r : parsed.rules()) {
      Rule own = new Rule(r.id(), r.severity(), r.basis(), r.citation(), r.years(), r.kind(),
          parsed.name(), r.origin());
      int existing = indexOf(rules, r.id());
      if (existing >= 0) {
        rules.set(existing, own);
      } else {
        rules.add(own);
      }
    }
    return new RulePack(parsed.name(), parsed.format(), layers, sections, tables, signatures, rules);
  }

  private static void checkNames(PackFile parsed, @Nullable RulePack parent) {
    String file = parsed.file();
    Set<String> seen = new java.util.HashSet<>();
    for (Rule r : parsed.rules()) {
      if (!seen.add(r.id())) {
        throw new PackException(file, Integer.parseInt(r.origin().replaceAll(".*:", "")), r.id(),
            "duplicate rule id");
      }
    }
    for (String id : parsed.disable()) {
      if (parent == null || parent.rule(id).isEmpty()) {
        throw new PackException(file, 0, id, "'disable' names a rule the parent pack does not have");
      }
    }
    for (String id : parsed.severity().keySet()) {
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
}
