package dev.xxgk.internal.rules;

import dev.xxgk.Location;
import dev.xxgk.internal.text.Normalizer;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Section;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patterns that the text must contain ({@code required}) or must not contain ({@code forbidden}),
 * searched in the scoped texts after normalisation (NFKC, simplified characters, one form of
 * punctuation). Scope entries: {@code title}, {@code preamble} or a part number. A required
 * pattern is not checked when none of the scoped texts is present (a missing part is reported by
 * {@link SectionPresentKind}). Location: the part (0 for title and preamble); one defect per
 * distinct forbidden match.
 *
 * @param mode {@code required} or {@code forbidden}
 * @param scope where to search
 * @param patterns Java regular expressions
 */
public record TextPatternKind(
    @Pattern(regexp = "required|forbidden") String mode,
    @NotEmpty List<@Pattern(regexp = "title|preamble|[1-6]") String> scope,
    @NotEmpty List<@ValidRegex String> patterns) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    Map<String, String> texts = scopedTexts(ctx.report());
    if (texts.isEmpty()) {
      return;
    }
    List<java.util.regex.Pattern> compiled = patterns.stream()
        .map(java.util.regex.Pattern::compile).toList();
    if (mode.equals("required")) {
      boolean found = texts.values().stream()
          .anyMatch(t -> compiled.stream().anyMatch(p -> p.matcher(t).find()));
      if (!found) {
        String first = texts.keySet().iterator().next();
        ctx.defect().at(location(first)).report();
      }
      return;
    }
    for (var e : texts.entrySet()) {
      Set<String> seen = new LinkedHashSet<>();
      for (var p : compiled) {
        var m = p.matcher(e.getValue());
        while (m.find()) {
          seen.add(m.group());
        }
      }
      for (String match : seen) {
        ctx.defect().at(location(e.getKey())).arg("match", match).arg("where", where(e.getKey()))
            .report();
      }
    }
  }

  private Map<String, String> scopedTexts(AnnualReport r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : scope) {
      String text = switch (s) {
        case "title" -> r.title();
        case "preamble" -> r.preamble().isBlank() ? null : r.preamble();
        default -> r.section(Integer.parseInt(s)).map(Section::text).orElse(null);
      };
      if (text != null) {
        out.put(s, Normalizer.text(text));
      }
    }
    return out;
  }

  private static Location location(String scopeEntry) {
    return scopeEntry.matches("\\d") ? Location.part(Integer.parseInt(scopeEntry)) : Location.NONE;
  }

  private static String where(String scopeEntry) {
    return switch (scopeEntry) {
      case "title" -> "@word.title";
      case "preamble" -> "@word.preamble";
      default -> "@word.part|" + scopeEntry;
    };
  }
}
