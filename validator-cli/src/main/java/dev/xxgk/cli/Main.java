package dev.xxgk.cli;

import picocli.CommandLine;

/** Entry point of the {@code xxgk} command. */
public final class Main {

  /**
   * Library loggers that would print to standard error (PDFBox warns about every damaged PDF);
   * held so that the levels set on them are not lost to garbage collection. Problems reach the
   * user as defects instead.
   */
  private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
      java.util.logging.Logger.getLogger("org.hibernate.validator"),
      java.util.logging.Logger.getLogger("org.apache.pdfbox"),
      java.util.logging.Logger.getLogger("org.apache.fontbox"));

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; tests call this. */
  static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    QUIET.forEach(l -> l.setLevel(java.util.logging.Level.OFF));
    CommandLine cl = new CommandLine(new XxgkCommand());
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println(ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return ExitCode.USAGE.code();
    });
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      c.getErr().println("xxgk: " + ex.getMessage());
      return ExitCode.USAGE.code();
    });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
