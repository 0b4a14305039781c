package dev.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the packs: it must not drift from them. */
class RulesDocTest {

  @Test
  void catalogueMatchesThePacks() throws Exception {
    Cli r = Cli.run("rules", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(Files.readString(Path.of("..", "docs", "rules.md")))
        .as("regenerate with: ./xxgk rules --format markdown > docs/rules.md")
        .isEqualTo(r.out());
  }
}
