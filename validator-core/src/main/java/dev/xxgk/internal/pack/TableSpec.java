package dev.xxgk.internal.pack;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The official layout of one statistical table.
 *
 * @param part the part the table belongs in
 * @param shape the format this layout belongs to
 * @param layout {@code rows} (a row label, then its values) or {@code blocks-across} (table 4: the
 *     blocks side by side, all values in one data row)
 * @param groups header and group labels that carry no values
 * @param blocks the blocks, in official order
 */
public record TableSpec(
    @Min(2) @Max(4) int part,
    @Pattern(regexp = "2019|2021") String shape,
    @Nullable @Pattern(regexp = "rows|blocks-across") String layout,
    @Nullable List<String> groups,
    @NotEmpty List<@Valid BlockSpec> blocks) {

  public boolean blocksAcross() {
    return "blocks-across".equals(layout);
  }

  public List<String> groupList() {
    return groups == null ? List.of() : groups;
  }

  /** Every row key, in official order, without repeats. */
  public List<String> rowKeys() {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    blocks.forEach(b -> b.rows().forEach(r -> keys.add(r.key())));
    return List.copyOf(keys);
  }

  /** Every column key, in official order, without repeats. */
  public List<String> columnKeys() {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    blocks.forEach(b -> b.columns().forEach(c -> keys.add(c.key())));
    return List.copyOf(keys);
  }

  /** Every cell key of the table ({@code row.column}), in official order. */
  public List<String> cellKeys() {
    List<String> keys = new ArrayList<>();
    for (BlockSpec b : blocks) {
      for (LabelSpec r : b.rows()) {
        for (LabelSpec c : b.columns()) {
          keys.add(r.key() + "." + c.key());
        }
      }
    }
    return keys;
  }

  public Optional<LabelSpec> row(String key) {
    return blocks.stream().flatMap(b -> b.rows().stream()).filter(r -> r.key().equals(key))
        .findFirst();
  }

  public Optional<LabelSpec> column(String key) {
    return blocks.stream().flatMap(b -> b.columns().stream()).filter(c -> c.key().equals(key))
        .findFirst();
  }

  /** The column spec of a cell ({@code row.column}), if the cell belongs to this table. */
  public Optional<LabelSpec> columnOfCell(String rowDotColumn) {
    for (BlockSpec b : blocks) {
      for (LabelSpec r : b.rows()) {
        for (LabelSpec c : b.columns()) {
          if ((r.key() + "." + c.key()).equals(rowDotColumn)) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }
}
