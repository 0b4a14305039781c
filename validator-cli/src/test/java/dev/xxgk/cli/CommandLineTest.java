package dev.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void helpAndVersion() {
    Cli help = Cli.run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("check", "extract", "rules", "Exit codes");
    assertThat(Cli.run("check", "--help").out()).contains("--fail-on", "--format", "--lang");
    Cli version = Cli.run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("xxgk ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("check").exit()).isEqualTo(2);
    assertThat(Cli.run("check", "--format", "xml", "x.txt").exit()).isEqualTo(2);
    assertThat(Cli.run("check", "--fail-on", "never", "x.txt").exit()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void rulesListsAndExplains() {
    Cli list = Cli.run("rules");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("t3.balance", "表三收支不平衡", "section.missing");
    Cli one = Cli.run("rules", "t3.balance", "--lang", "en");
    assertThat(one.out()).contains("Table 3 does not balance", "OFFICIAL", "勾稽关系", "gov-2021");
    assertThat(Cli.run("rules", "no.such.rule").exit()).isEqualTo(2);
  }

  @Test
  void extractPrintsTheModelWithCanonicalKeys() throws Exception {
    Path f = Path.of("..", "fixtures", "src", "test", "resources", "fixtures", "clean", "2021-seed1.text.txt");
    Cli r = Cli.run("extract", f.toString(), "--format", "json");
    assertThat(r.exit()).isZero();
    var root = new ObjectMapper().readTree(r.out());
    assertThat(root.fieldNames()).toIterable()
        .contains("title", "issuer", "year", "format", "kind", "period", "sections", "tables", "fees");
    assertThat(root.at("/tables/t3/received/total").isNumber()).isTrue();
    assertThat(root.path("sections")).hasSize(6);
    Cli csv = Cli.run("extract", f.toString(), "--format", "csv");
    assertThat(csv.out()).startsWith("cell,value,raw,page,line").contains("t3.received.total,");
    assertThat(Cli.run("extract", "no-such-file.txt").exit()).isEqualTo(3);
  }
}
