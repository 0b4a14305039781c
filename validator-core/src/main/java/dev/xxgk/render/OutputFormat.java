package dev.xxgk.render;

import dev.xxgk.Xxgk;
import java.io.Writer;
import java.util.Locale;

/** The output formats of {@code xxgk check}. */
public enum OutputFormat {
  /** Human-readable, one block per file, for a terminal. */
  TEXT,
  /** One JSON object: the output contract read by tools and scripts. */
  JSON;

  public Renderer open(Writer out, Xxgk xxgk, Locale locale) {
    return switch (this) {
      case TEXT -> new TextRenderer(out, xxgk, locale);
      case JSON -> new JsonRenderer(out, xxgk, locale);
    };
  }
}
