package dev.xxgk.cli;

import picocli.CommandLine;

/** Entry point of the {@code xxgk} command. */
public final class Main {

  /** Held so that the level set on it is not lost to garbage collection. */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

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
    QUIET.setLevel(java.util.logging.Level.WARNING);
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
