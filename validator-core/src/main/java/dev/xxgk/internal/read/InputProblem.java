package dev.xxgk.internal.read;

import java.util.List;

/**
 * A file that cannot be read as a report. Carries the input rule to report ({@code
 * input.unreadable} or {@code input.no-text}) and a reason code that the message bundles explain
 * ({@code input.reason.<code>}).
 */
public final class InputProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String reason;
  private final List<String> reasonArgs;

  public InputProblem(String rule, String reason, String... reasonArgs) {
    super(rule + ": " + reason + (reasonArgs.length == 0 ? "" : " " + List.of(reasonArgs)));
    this.rule = rule;
    this.reason = reason;
    this.reasonArgs = List.of(reasonArgs);
  }

  public static InputProblem unreadable(String reason, String... args) {
    return new InputProblem("input.unreadable", reason, args);
  }

  public static InputProblem noText(String reason, String... args) {
    return new InputProblem("input.no-text", reason, args);
  }

  public String rule() {
    return rule;
  }

  public String reason() {
    return reason;
  }

  public List<String> reasonArgs() {
    return reasonArgs;
  }
}
