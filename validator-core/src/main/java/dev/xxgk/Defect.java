package dev.xxgk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One finding: which rule, how serious, where, and for arithmetic the numbers. The message is
 * rendered per language from the rule's keyed template and {@link #args()}: see {@link
 * Xxgk#message(Defect, java.util.Locale)}.
 *
 * @param rule the stable rule id, e.g. {@code t3.balance}
 * @param severity its severity after pack layers
 * @param pack the pack layer that defined the rule, e.g. {@code gov-2021}
 * @param variant the message variant, or null for the rule's main message
 * @param args named message arguments
 * @param location where the defect is
 * @param expected for arithmetic and count rules: the value the cell should have
 * @param actual for arithmetic and count rules: the value found
 * @param terms for arithmetic rules: every term with its value
 */
public record Defect(
    String rule,
    Severity severity,
    String pack,
    @Nullable String variant,
    Map<String, String> args,
    Location location,
    @Nullable BigDecimal expected,
    @Nullable BigDecimal actual,
    List<Term> terms) {

  public Defect {
    args = Map.copyOf(args);
    terms = List.copyOf(terms);
  }

  /** {@code actual - expected}, or null when the defect carries no numbers. */
  public @Nullable BigDecimal difference() {
    return expected == null || actual == null ? null : actual.subtract(expected);
  }

  /** The message bundle key for this defect. */
  public String messageKey() {
    return rule + ".message" + (variant == null ? "" : "." + variant);
  }
}
