package dev.xxgk.model;

import java.util.Locale;

/** Which national format a report's tables follow. */
public enum ReportFormat {
  /** 国办公开办函〔2021〕30号, for reports of 2021 and later. */
  F2021("2021"),
  /** 国办公开办函〔2019〕60号 (试行), for reports of 2019 and 2020. */
  F2019("2019"),
  /** Signatures of both formats. */
  MIXED("mixed"),
  /** No table signature found. */
  UNKNOWN("unknown");

  private final String code;

  ReportFormat(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and rule packs. */
  public String code() {
    return code;
  }

  public static ReportFormat fromCode(String code) {
    for (ReportFormat f : values()) {
      if (f.code.equals(code.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format: " + code);
  }
}
