package dev.xxgk;

import dev.xxgk.model.AnnualReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking (or extracting) one file.
 *
 * @param path the file as given
 * @param status {@link Status#CHECKED} or {@link Status#UNREADABLE}
 * @param report the model, or null when the file could not be read
 * @param pack the pack the report was checked with, or null
 * @param defects every defect, input defects included, in a stable order
 */
public record FileResult(String path, Status status, @Nullable AnnualReport report,
    @Nullable String pack, List<Defect> defects) {

  public FileResult {
    defects = List.copyOf(defects);
  }

  /** Whether a file could be read. */
  public enum Status {
    CHECKED,
    UNREADABLE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public long count(Severity s) {
    return defects.stream().filter(d -> d.severity() == s).count();
  }

  /** True when a defect at or above the threshold is present. */
  public boolean fails(Severity threshold) {
    return defects.stream().anyMatch(d -> d.severity().atLeast(threshold));
  }
}
