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

  /** Parses {@code error}, {@code warning} or {@code info}, in any case. */
  public static Severity fromCode(String code) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(code.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + code + "'; known: error, warning, info");
  }
}
