package dev.xxgk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's FILE arguments: a file stands for itself (even if it does not exist,
 * so that it is reported rather than lost), a directory for every regular, non-hidden file below
 * it, a glob ({@code reports/**.pdf}) for every match. Sorted within each argument, duplicates
 * removed, order of arguments kept.
 */
final class Inputs {

  private Inputs() {}

  static List<Path> expand(List<String> args) {
    Set<Path> out = new LinkedHashSet<>();
    for (String a : args) {
      if (a.contains("*") || a.contains("?") || a.contains("[")) {
        out.addAll(glob(a));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        out.addAll(walk(p));
      } else {
        out.add(p);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !isHidden(dir, p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> glob(String pattern) {
    int firstMeta = indexOfMeta(pattern);
    int slash = pattern.lastIndexOf('/', firstMeta);
    Path base = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, slash + 1));
    String rest = slash < 0 ? pattern : pattern.substring(slash + 1);
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    return walk(base).stream().filter(p -> m.matches(base.relativize(p))).toList();
  }

  private static int indexOfMeta(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
