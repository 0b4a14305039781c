package dev.xxgk.internal.extract;

import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.internal.pack.SectionSpec;
import dev.xxgk.internal.pack.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction matches against, gathered from every loaded pack: the part headings (from the
 * base pack), every shape of every table (2021 and 2019 layouts) with its label lookups built
 * once, and the format signatures. Immutable and thread-safe.
 */
public final class Dictionary {

  private final List<SectionSpec> sections;
  private final Map<String, List<TokenKinds>> kinds;
  private final Map<String, List<String>> signatures;

  private Dictionary(List<SectionSpec> sections, Map<String, List<TokenKinds>> kinds,
      Map<String, List<String>> signatures) {
    this.sections = List.copyOf(sections);
    this.kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    this.signatures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signatures));
  }

  public static Dictionary of(Map<String, RulePack> packs) {
    RulePack base = packs.values().iterator().next();
    Map<String, List<TokenKinds>> kinds = new LinkedHashMap<>();
    for (RulePack p : packs.values()) {
      p.tables().forEach((key, spec) -> {
        List<TokenKinds> list = kinds.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(s -> s.spec().shape().equals(spec.shape()))) {
          list.add(new TokenKinds(spec));
        }
      });
    }
    return new Dictionary(base.sections(), kinds, base.signatures());
  }

  List<SectionSpec> sections() {
    return sections;
  }

  /** The label lookups of each shape of each table, base pack's shape first. */
  Map<String, List<TokenKinds>> kinds() {
    return kinds;
  }

  Map<String, List<String>> signatures() {
    return signatures;
  }

  /** Every shape's layout, for callers that need the specs themselves. */
  List<TableSpec> specs() {
    return kinds.values().stream().flatMap(List::stream).map(TokenKinds::spec).toList();
  }
}
