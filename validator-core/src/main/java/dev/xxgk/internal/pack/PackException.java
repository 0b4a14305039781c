package dev.xxgk.internal.pack;

/** A rule pack that cannot be loaded: names the file, the line and the rule where known. */
public final class PackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PackException(String file, int line, String rule, String problem) {
    super(file + (line > 0 ? ":" + line : "") + (rule.isEmpty() ? "" : ": rule " + rule) + ": "
        + problem);
  }

  public PackException(String file, int line, String rule, String problem, Throwable cause) {
    this(file, line, rule, problem);
    initCause(cause);
  }
}
