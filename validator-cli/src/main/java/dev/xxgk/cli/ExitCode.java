package dev.xxgk.cli;

/** The exit codes of {@code xxgk}, a stable contract for scripts and CI. */
public enum ExitCode {
  /** Nothing at or above {@code --fail-on}. */
  OK(0),
  /** Defects at or above {@code --fail-on}. */
  DEFECTS(1),
  /** Usage or configuration error. */
  USAGE(2),
  /** Some input could not be read; the others were still checked. */
  UNREADABLE(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
