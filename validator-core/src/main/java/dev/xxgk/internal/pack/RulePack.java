package dev.xxgk.internal.pack;

import dev.xxgk.internal.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated rule pack with its overlays resolved: the label dictionary and the rules in
 * file order.
 *
 * @param name the pack name, e.g. {@code gov-2021}
 * @param format the national format the pack checks
 * @param layers the pack and the packs it extends, base first
 * @param sections the part headings
 * @param tables the table layouts, by table key
 * @param signatures format signatures, by format code
 * @param rules the rules, in file order
 */
public record RulePack(
    String name,
    String format,
    List<String> layers,
    List<SectionSpec> sections,
    Map<String, TableSpec> tables,
    Map<String, List<String>> signatures,
    List<Rule> rules) {

  public RulePack {
    layers = List.copyOf(layers);
    sections = List.copyOf(sections);
    tables = Map.copyOf(tables);
    signatures = Map.copyOf(signatures);
    rules = List.copyOf(rules);
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public SectionSpec section(int number) {
    return sections.stream().filter(s -> s.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no part " + number));
  }
}
