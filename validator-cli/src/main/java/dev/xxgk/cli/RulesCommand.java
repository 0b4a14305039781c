package dev.xxgk.cli;

import dev.xxgk.RuleInfo;
import dev.xxgk.Xxgk;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code xxgk rules [ID]}: lists the rules, or explains one with its basis. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List the rules, or explain one rule with its basis.", "列出全部规则，或说明某条规则及其依据。"})
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id, e.g. t3.balance.")
  String id;

  @Option(names = "--lang", defaultValue = "zh", description = "Language: ${COMPLETION-CANDIDATES}.")
  Lang lang;

  /** Output formats of the rule list. */
  enum Format { TEXT, MARKDOWN }

  @Option(names = "--format", defaultValue = "text",
      description = "List format: ${COMPLETION-CANDIDATES} (markdown writes docs/rules.md).")
  Format format;

  @Override
  public Integer call() {
    Xxgk xxgk = Xxgk.create();
    List<RuleInfo> rules = xxgk.rules(lang.locale);
    PrintWriter out = spec.commandLine().getOut();
    if (id == null && format == Format.MARKDOWN) {
      out.print(RulesMarkdown.render(xxgk));
      out.flush();
      return ExitCode.OK.code();
    }
    if (id == null) {
      for (RuleInfo r : rules) {
        out.printf("%-34s %-8s %s%n", r.id(), r.severity().code(), r.title());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    RuleInfo r = rules.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    if (r == null) {
      spec.commandLine().getErr().println("xxgk: unknown rule '" + id + "'; see 'xxgk rules'");
      return ExitCode.USAGE.code();
    }
    boolean en = lang == Lang.EN;
    out.println(r.id() + " — " + r.title());
    out.println((en ? "severity:  " : "严重程度：") + r.severity().code());
    out.println((en ? "basis:     " : "依据类型：") + r.basis());
    out.println((en ? "citation:  " : "依据：    ") + r.citation());
    out.println((en ? "kind:      " : "规则类型：") + r.kind());
    out.println((en ? "packs:     " : "规则包：  ") + String.join(", ", r.packs()));
    if (r.fromYear() != null) {
      out.println((en ? "applies:   report years from " : "适用年度：") + r.fromYear() + (en ? "" : "年度起"));
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
