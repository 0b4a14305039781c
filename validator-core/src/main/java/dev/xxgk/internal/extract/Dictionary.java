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
 * base pack), every shape of every table (2021 and 2019 layouts), and the format signatures.
 *
 * @param sections the six part headings with variants
 * @param shapes the layouts of each table, by table key, base pack's first
 * @param signatures format signature labels, by format code
 */
public record Dictionary(List<SectionSpec> sections, Map<String, List<TableSpec>> shapes,
    Map<String, List<String>> signatures) {

  public static Dictionary of(Map<String, RulePack> packs) {
    RulePack base = packs.values().iterator().next();
    Map<String, List<TableSpec>> shapes = new LinkedHashMap<>();
    for (RulePack p : packs.values()) {
      p.tables().forEach((key, spec) -> {
        List<TableSpec> list = shapes.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(s -> s.shape().equals(spec.shape()))) {
          list.add(spec);
        }
      });
    }
    return new Dictionary(base.sections(), shapes, base.signatures());
  }
}
