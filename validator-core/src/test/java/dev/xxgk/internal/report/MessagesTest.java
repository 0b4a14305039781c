package dev.xxgk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.Defect;
import dev.xxgk.Xxgk;
import dev.xxgk.internal.pack.PackLoader;
import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.internal.rules.Engine;
import dev.xxgk.internal.rules.Rule;
import dev.xxgk.model.AnnualReport;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final Map<String, RulePack> PACKS = new PackLoader().loadBuiltIn();
  private static final Messages MESSAGES = new Messages(new Engine(PACKS)::shape);

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(MESSAGES.unmatchedKeys()).isEmpty();
  }

  @Test
  void everyRuleHasTitleMessageAndCitationInBothLanguages() {
    for (RulePack p : PACKS.values()) {
      for (Rule r : p.rules()) {
        for (Locale l : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
          assertThat(MESSAGES.has(l, r.id() + ".title")).as("%s title %s", r.id(), l).isTrue();
          assertThat(MESSAGES.keys(l)).as("%s message %s", r.id(), l)
              .anyMatch(k -> k.equals(r.id() + ".message") || k.startsWith(r.id() + ".message."));
        }
        assertThat(r.citation()).as(r.id()).isNotBlank();
        assertThat(r.basis()).as(r.id()).isNotNull();
      }
    }
  }

  @Test
  void everyInputReasonRaisedInTheCodeHasAMessage() throws Exception {
    var reason = java.util.regex.Pattern.compile("(?:unreadable|noText)\\(\"([a-z-]+)\"");
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var m = reason.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          for (Locale l : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
            assertThat(MESSAGES.has(l, "input.reason." + m.group(1)))
                .as("message for reason %s raised in %s (%s)", m.group(1), f.getFileName(), l).isTrue();
          }
        }
      }
    }
  }

  @Test
  void arithmeticMessagesNameEveryTermAndTheNumbers() {
    AnnualReport r = AnnualReport.builder().title("某局2024年政府信息公开工作年度报告").year(2024)
        .cell("t4.review.upheld", 1).cell("t4.review.corrected", 2).cell("t4.review.other", 0)
        .cell("t4.review.pending", 0).cell("t4.review.total", 5).build();
    Defect d = Xxgk.create().validate(r).stream().filter(x -> x.rule().equals("t4.block-total"))
        .findFirst().orElseThrow();
    String zh = MESSAGES.format(d, Locale.SIMPLIFIED_CHINESE);
    String en = MESSAGES.format(d, Locale.ENGLISH);
    assertThat(zh).contains("行政复议", "结果维持 1", "结果纠正 2", "应为", "3", "实际填 5", "相差 2");
    assertThat(en).contains("review", "upheld 1 + corrected 2 + other 0 + pending 0 = 3", "difference 2");
    assertThat(zh).doesNotContain("{", "}");
  }
}
