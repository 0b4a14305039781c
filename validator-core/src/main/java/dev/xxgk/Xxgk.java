package dev.xxgk;

import dev.xxgk.internal.Pipeline;
import dev.xxgk.model.AnnualReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The library's one entry point. Build once and reuse: an instance is immutable and thread-safe,
 * and loading the rule packs happens here, not per file.
 *
 * <pre>{@code
 * Xxgk xxgk = Xxgk.create();
 * FileResult r = xxgk.check(Path.of("report.pdf"));
 * r.defects().forEach(d -> System.out.println(xxgk.message(d, Locale.CHINESE)));
 * }</pre>
 *
 * <p>Bad input never throws: an unreadable file is a result with status {@code UNREADABLE} and an
 * {@code input.*} defect.
 */
public final class Xxgk {

  private static volatile Xxgk shared;

  private final Pipeline pipeline;

  private Xxgk(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the built-in rule packs.
   *
   * @throws IllegalStateException when a pack is broken (names file, line and rule)
   */
  public static Xxgk create() {
    return new Xxgk(Pipeline.builtIn());
  }

  /** A process-wide instance, created on first use (used by the Bean Validation constraint). */
  public static Xxgk shared() {
    Xxgk s = shared;
    if (s == null) {
      synchronized (Xxgk.class) {
        s = shared;
        if (s == null) {
          s = create();
          shared = s;
        }
      }
    }
    return s;
  }

  /** Reads, extracts and checks one file. */
  public FileResult check(Path file) {
    return pipeline.check(file.toString(), () -> pipeline.readFile(file), true);
  }

  /** Reads, extracts and checks a file's bytes; {@code name} is for messages and output only. */
  public FileResult check(String name, byte[] bytes) {
    return pipeline.check(name, () -> bytes, true);
  }

  /** Reads, extracts and checks a stream (read fully, up to the size limit). */
  public FileResult check(String name, InputStream in) {
    return pipeline.check(name, () -> pipeline.readStream(in), true);
  }

  /** Reads and extracts one file without checking it; input defects only. */
  public FileResult extract(Path file) {
    return pipeline.check(file.toString(), () -> pipeline.readFile(file), false);
  }

  /**
   * The result for a file whose check was abandoned after {@code seconds}: unreadable, with an
   * {@code input.unreadable} defect saying so. For batch runners that bound the time per file.
   */
  public FileResult timedOut(String path, long seconds) {
    return pipeline.timedOut(path, seconds);
  }

  /**
   * The result for a file whose check failed with an unexpected error (a bug, or the JVM out of
   * memory): unreadable, with an {@code input.unreadable} defect naming the error. For batch
   * runners, so that one file never stops a batch.
   */
  public FileResult failed(String path, Throwable error) {
    return pipeline.failed(path, error);
  }

  /** Checks a model built in code or read from JSON. */
  public List<Defect> validate(AnnualReport report) {
    return pipeline.validate(report);
  }

  /** The message of a defect in a language ({@code zh} by default, {@code en}). */
  public String message(Defect defect, Locale locale) {
    return pipeline.messages().format(defect, locale);
  }

  /** A rule's title in a language. */
  public String title(String ruleId, Locale locale) {
    return pipeline.messages().title(ruleId, locale);
  }

  /** A word or UI string of the message bundles, with indexed arguments. */
  public String text(Locale locale, String key, Object... args) {
    return pipeline.messages().text(locale, key, args);
  }

  /** Every rule of the built-in packs, in pack order. */
  public List<RuleInfo> rules(Locale locale) {
    return pipeline.rules(locale);
  }

  /** The library version, as the build recorded it. */
  public static String version() {
    try (InputStream in = Xxgk.class.getResourceAsStream("version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (java.io.IOException e) {
      return "dev";
    }
  }
}
