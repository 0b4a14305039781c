package dev.xxgk.internal.rules;

/**
 * A rule that the pipeline itself reports (readers, extraction, the engine): the pack declares it
 * so that it has a severity, messages and a basis, but no check runs for it here.
 */
public record PipelineKind() implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    // reported by the pipeline stage that detects it
  }
}
