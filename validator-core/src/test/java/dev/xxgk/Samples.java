package dev.xxgk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real published reports in {@code ../shared/samples}, beside the repository. They are not
 * part of the repository: on a fresh clone without {@code ../shared} the tests that read them are
 * skipped, saying so.
 */
public final class Samples {

  public static final Path DIR = Path.of("..", "..", "shared", "samples");

  private Samples() {}

  public static Path require(String name) {
    Path p = DIR.resolve(name);
    Assumptions.assumeTrue(Files.exists(p),
        () -> "skipped: " + p.toAbsolutePath().normalize() + " is absent (../shared is not part of the repository)");
    return p;
  }
}
