package dev.xxgk.render;

import dev.xxgk.FileResult;
import dev.xxgk.Severity;

/** Counts over a batch, accumulated as results stream by. Not thread-safe. */
public final class Summary {
  private long files;
  private long unreadable;
  private long errors;
  private long warnings;
  private long infos;

  public void add(FileResult r) {
    files++;
    if (r.status() == FileResult.Status.UNREADABLE) {
      unreadable++;
    }
    errors += r.count(Severity.ERROR);
    warnings += r.count(Severity.WARNING);
    infos += r.count(Severity.INFO);
  }

  public long files() { return files; }
  public long unreadable() { return unreadable; }
  public long errors() { return errors; }
  public long warnings() { return warnings; }
  public long infos() { return infos; }
}
