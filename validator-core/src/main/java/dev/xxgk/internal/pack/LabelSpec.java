package dev.xxgk.internal.pack;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row or column of a table: its canonical key, the official label and accepted variants.
 *
 * @param key the canonical key (lowercase, dots for sub-rows)
 * @param standard the official label
 * @param variants labels seen in published reports, accepted with a warning
 * @param contains key phrases that identify the label when its wording drifts
 * @param money true for amounts (decimals allowed)
 * @param signed true for the 2019 增/减 columns (negative allowed)
 */
public record LabelSpec(
    @NotBlank @Pattern(regexp = "[a-z][a-z_]*(\\.[a-z][a-z_]*)?") String key,
    @NotBlank String standard,
    @Nullable List<@NotBlank String> variants,
    @Nullable List<@NotBlank String> contains,
    boolean money,
    boolean signed) {

  public List<String> variantList() {
    return variants == null ? List.of() : variants;
  }

  public List<String> containsList() {
    return contains == null ? List.of() : contains;
  }
}
