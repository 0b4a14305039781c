package dev.xxgk.internal.rules;

import dev.xxgk.internal.pack.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Expands cell reference templates. A template is a canonical key with placeholders bound by
 * {@code for-each} ({@code t3.received.{col}}), a {@code *} row segment that stands for every row
 * of a group ({@code t3.withheld.*.total}), and an optional leading {@code -} for a subtracted
 * term. A {@code for-each} value is a list of keys or {@code @t3.rows} / {@code @t3.columns}.
 */
public final class CellRefs {

  /** One expanded reference. */
  public record Ref(String key, boolean negated) {}

  private CellRefs() {}

  /** Every binding of the for-each variables, in order (one empty binding when there are none). */
  public static List<Map<String, String>> bindings(@Nullable Map<String, Object> forEach,
      Function<String, @Nullable TableSpec> tables) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(Map.of());
    if (forEach == null) {
      return out;
    }
    for (var e : forEach.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> b : out) {
        for (String v : values(e.getValue(), tables)) {
          Map<String, String> nb = new LinkedHashMap<>(b);
          nb.put(e.getKey(), v);
          next.add(nb);
        }
      }
      out = next;
    }
    return out;
  }

  private static List<String> values(Object spec, Function<String, @Nullable TableSpec> tables) {
    if (spec instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    String s = spec.toString();
    if (s.startsWith("@") && s.contains(".")) {
      TableSpec t = tables.apply(s.substring(1, s.indexOf('.')));
      if (t == null) {
        return List.of();
      }
      return s.endsWith(".rows") ? t.rowKeys() : s.endsWith(".columns") ? t.columnKeys()
          : List.of();
    }
    return List.of(s);
  }

  /** Expands templates under one binding. */
  public static List<Ref> expand(List<String> templates, Map<String, String> binding,
      Function<String, @Nullable TableSpec> tables) {
    List<Ref> out = new ArrayList<>();
    for (String template : templates) {
      boolean negated = template.startsWith("-");
      String key = negated ? template.substring(1) : template;
      for (var b : binding.entrySet()) {
        key = key.replace("{" + b.getKey() + "}", b.getValue());
      }
      int star = key.indexOf(".*.");
      if (star < 0) {
        out.add(new Ref(key, negated));
        continue;
      }
      String table = key.substring(0, key.indexOf('.'));
      String rowPrefix = key.substring(table.length() + 1, star) + ".";
      String column = key.substring(star + 3);
      TableSpec spec = tables.apply(table);
      if (spec != null) {
        for (String row : spec.rowKeys()) {
          if (row.startsWith(rowPrefix)) {
            out.add(new Ref(table + "." + row + "." + column, negated));
          }
        }
      }
    }
    return out;
  }
}
