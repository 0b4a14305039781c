package dev.xxgk.internal.rules;

import dev.xxgk.Severity;
import dev.xxgk.internal.pack.Basis;
import dev.xxgk.internal.pack.YearRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One rule instance of a pack: its metadata and its kind with the kind's parameters.
 *
 * @param id stable lowercase dotted id, never reused
 * @param severity severity after overlays
 * @param basis where its authority comes from
 * @param citation the legal or format citation
 * @param years the report years it applies to, or null for all
 * @param kind what it checks and how
 * @param layer the pack that defined (or last changed) it
 * @param origin file and line it was defined at, for error messages
 */
public record Rule(
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)+") String id,
    @NotNull Severity severity,
    @NotNull Basis basis,
    @NotBlank String citation,
    @Nullable YearRange years,
    @NotNull @Valid RuleKind kind,
    String layer,
    String origin) {

  public boolean appliesTo(@Nullable Integer year) {
    return years == null || years.contains(year);
  }

  public Rule withSeverity(Severity s, String newLayer) {
    return new Rule(id, s, basis, citation, years, kind, newLayer, origin);
  }
}
