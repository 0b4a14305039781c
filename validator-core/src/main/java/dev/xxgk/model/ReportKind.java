package dev.xxgk.model;

import java.util.Locale;

/** Who reports: a people's government on its own level, or a department, office or agency. */
public enum ReportKind {
  GOVERNMENT,
  DEPARTMENT,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReportKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
