package dev.xxgk.cli;

import dev.xxgk.Defect;
import dev.xxgk.FileResult;
import dev.xxgk.Xxgk;
import dev.xxgk.model.Cell;
import dev.xxgk.model.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk extract FILE}: prints the model the checks run on, as JSON or as CSV of cells. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the report model extracted from FILE (JSON: the canonical model; CSV: one line per cell).",
        "输出从文件中提取的报告模型（JSON 为标准模型；CSV 为每个单元格一行）。"})
final class ExtractCommand implements Callable<Integer> {

  /** Output formats of extract. */
  enum Format { JSON, CSV }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report file.")
  Path file;

  @Option(names = "--format", defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "Language of error messages: ${COMPLETION-CANDIDATES}.")
  Lang lang;

  @Override
  public Integer call() {
    Xxgk xxgk = Xxgk.create();
    FileResult r = xxgk.extract(file);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Defect d : r.defects()) {
      err.println("xxgk: " + Paths.display(file) + ": " + d.rule() + ": " + xxgk.message(d, lang.locale));
    }
    if (r.report() == null) {
      return ExitCode.UNREADABLE.code();
    }
    if (format == Format.JSON) {
      out.println(ReportJson.write(r.report()));
    } else {
      out.println("cell,value,raw,page,line");
      for (var e : r.report().cells().entrySet()) {
        Cell c = e.getValue();
        out.println(String.join(",", e.getKey(), c.value() == null ? "" : c.value().toPlainString(),
            csv(c.raw()), str(c.source().page()), str(c.source().line())));
      }
    }
    out.flush();
    return r.defects().isEmpty() ? ExitCode.OK.code() : ExitCode.DEFECTS.code();
  }

  private static String str(Integer i) {
    return i == null ? "" : i.toString();
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
