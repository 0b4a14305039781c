package dev.xxgk.cli;

import dev.xxgk.Xxgk;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: only subcommands and standard help. */
@Command(name = "xxgk", mixinStandardHelpOptions = true, versionProvider = XxgkCommand.Version.class,
    description = {
        "Checks government information-disclosure annual reports (政府信息公开工作年度报告)",
        "against the regulation and the national report format.",
        "检查政府信息公开工作年度报告是否符合《条例》和国家年报格式。"},
    subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class},
    footer = {"", "Exit codes: 0 no defect at or above --fail-on; 1 defects at or above it;",
        "            2 usage or configuration error; 3 some input unreadable."})
final class XxgkCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the library version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"xxgk " + CliVersion.get() + " (library " + Xxgk.version() + ")"};
    }
  }
}
