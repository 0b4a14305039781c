package dev.xxgk;

import java.util.Locale;

/** How serious a defect is. Ordered from most to least serious. */
public enum Severity {
  /** Breaks the regulation, the official format or an arithmetic identity. */
  ERROR,
  /** Very likely a defect; a reviewer must look. */
  WARNING,
  /** Worth a look. */
  INFO;

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
