package dev.xxgk.cli;

import dev.xxgk.FileResult;
import dev.xxgk.Severity;
import dev.xxgk.Xxgk;
import dev.xxgk.render.OutputFormat;
import dev.xxgk.render.Renderer;
import dev.xxgk.render.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk check FILE|DIR|GLOB…}: options → the facade → a renderer → an exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check reports: text, HTML, PDF, DOCX or JSON files, directories or globs.",
        "检查年度报告（文本、网页、PDF、Word 或 JSON；可给文件、目录或通配符）。"})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories or globs.")
  List<String> files;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a defect of this severity or worse is found: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(names = "--lang", defaultValue = "zh",
      description = "Message language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang;

  @Option(names = {"-j", "--jobs"}, description = "Files checked in parallel (default: all cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", defaultValue = "120",
      description = "Seconds one file may take before it is reported unreadable (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error (default: on for 20+ files on a terminal).")
  Boolean progress;

  @Override
  public Integer call() {
    Xxgk xxgk = Xxgk.create();
    List<Path> inputs = Inputs.expand(files);
    if (inputs.isEmpty()) {
      spec.commandLine().getErr().println("xxgk: no files found in " + String.join(" ", files)
          + " / 未找到要检查的文件");
      return ExitCode.USAGE.code();
    }
    var out = spec.commandLine().getOut();
    Renderer renderer = format.open(out, xxgk, lang.locale);
    Summary summary = new Summary();
    boolean[] failed = new boolean[1];
    boolean showProgress = progress != null ? progress
        : inputs.size() >= 20 && System.console() != null;
    var bar = new BatchRunner.Progress(spec.commandLine().getErr(), inputs.size(), showProgress);
    new BatchRunner(jobs, timeout, xxgk::check, p -> xxgk.timedOut(p.toString(), timeout),
        (p, e) -> xxgk.failed(p.toString(), e))
        .run(inputs, r -> {
          FileResult shown = Paths.relative(r);
          summary.add(shown);
          failed[0] |= shown.fails(failOn);
          write(renderer, shown);
        }, bar);
    try {
      renderer.finish(summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (summary.unreadable() > 0) {
      return ExitCode.UNREADABLE.code();
    }
    return failed[0] ? ExitCode.DEFECTS.code() : ExitCode.OK.code();
  }

  private static void write(Renderer r, FileResult result) {
    try {
      r.file(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
