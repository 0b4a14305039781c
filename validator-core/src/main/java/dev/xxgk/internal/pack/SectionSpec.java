package dev.xxgk.internal.pack;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the six parts: its standard heading and accepted variants, each with its numeral.
 *
 * @param number 1 to 6
 * @param standard the standard heading, e.g. {@code 一、总体情况}
 * @param variants headings seen in published reports, accepted with a warning
 */
public record SectionSpec(
    @Min(1) @Max(6) int number,
    @NotBlank String standard,
    @Nullable List<@NotBlank String> variants) {

  public List<String> variantList() {
    return variants == null ? List.of() : variants;
  }
}
