package dev.xxgk.cli;

import dev.xxgk.FileResult;
import java.nio.file.Path;

/** Shows paths relative to the working directory where they lie below it. */
final class Paths {

  private Paths() {}

  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
  }

  static FileResult relative(FileResult r) {
    return new FileResult(display(Path.of(r.path())), r.status(), r.report(), r.pack(),
        r.defects());
  }
}
