package dev.xxgk.cli;

import java.util.Locale;

/** Output language. */
enum Lang {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }
}
