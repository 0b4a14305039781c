package dev.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final Path FIXTURES = Path.of("..", "fixtures", "src", "test", "resources", "fixtures");

  @TempDir
  Path tmp;

  private static String fixture(String rel) {
    return FIXTURES.resolve(rel).toString();
  }

  @Test
  void cleanReportExitsZero() {
    Cli r = Cli.run("check", fixture("clean/2021-seed1.text.txt"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("未发现问题").contains("错误 0 个");
  }

  @Test
  void errorsExitOneAndWarningsOnlyWithFailOnWarning() {
    assertThat(Cli.run("check", fixture("t3.balance/carried-forward-off.text.txt")).exit()).isEqualTo(1);
    String warningOnly = fixture("section.heading-nonstandard/part5-variant.text.txt");
    assertThat(Cli.run("check", warningOnly).exit()).isZero();
    assertThat(Cli.run("check", "--fail-on", "warning", warningOnly).exit()).isEqualTo(1);
    String infoOnly = fixture("meta.contact/no-contact.text.txt");
    assertThat(Cli.run("check", "--fail-on", "warning", infoOnly).exit()).isZero();
    assertThat(Cli.run("check", "--fail-on", "info", infoOnly).exit()).isEqualTo(1);
  }

  @Test
  void jsonOutputFollowsTheContract() throws Exception {
    Cli r = Cli.run("check", "--format", "json", "--lang", "en",
        fixture("t3.balance/carried-forward-off.json.json"), fixture("input.no-text/empty.txt"));
    assertThat(r.exit()).isEqualTo(3);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("tool").asText()).isEqualTo("xxgk");
    assertThat(root.has("version")).isTrue();
    JsonNode file = root.path("files").get(0);
    assertThat(file.path("status").asText()).isEqualTo("checked");
    assertThat(file.path("report").fieldNames()).toIterable()
        .contains("title", "issuer", "year", "format", "kind");
    JsonNode defect = file.path("defects").get(0);
    assertThat(defect.path("rule").asText()).isEqualTo("t3.balance");
    assertThat(defect.path("severity").asText()).isEqualTo("error");
    assertThat(defect.path("message").asText()).contains("difference 3");
    assertThat(defect.path("location").fieldNames()).toIterable()
        .containsExactly("part", "table", "row", "column", "cell", "page", "line");
    assertThat(defect.path("location").path("table").asText()).isEqualTo("t3");
    assertThat(defect.path("expected").isNumber()).isTrue();
    assertThat(defect.path("actual").asLong() - defect.path("expected").asLong()).isEqualTo(3);
    JsonNode unreadable = root.path("files").get(1);
    assertThat(unreadable.path("status").asText()).isEqualTo("unreadable");
    assertThat(unreadable.path("report").isNull()).isTrue();
    assertThat(unreadable.path("defects").get(0).path("rule").asText()).isEqualTo("input.no-text");
    assertThat(unreadable.path("defects").get(0).path("expected").isNull()).isTrue();
    JsonNode summary = root.path("summary");
    assertThat(summary.path("files").asInt()).isEqualTo(2);
    assertThat(summary.path("unreadable").asInt()).isEqualTo(1);
    assertThat(summary.path("errors").asInt()).isEqualTo(3);
  }

  @Test
  void badInputIsADefectNeverAStackTrace() throws Exception {
    Path binary = Files.write(tmp.resolve("x.pdf"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Path prose = Files.writeString(tmp.resolve("note.txt"), "今天天气很好。\n明天去公园。\n");
    Cli r = Cli.run("check", binary.toString(), empty.toString(), tmp.resolve("missing.txt").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("input.unreadable").contains("input.no-text").contains("文件不存在");
    assertThat(r.err()).doesNotContain("Exception");
    Cli notReport = Cli.run("check", prose.toString());
    assertThat(notReport.exit()).isEqualTo(1);
    assertThat(notReport.out()).contains("input.not-a-report");
  }

  @Test
  void directoriesAndGlobsExpandAndEveryFileAppears() throws Exception {
    Files.createDirectories(tmp.resolve("a/b"));
    Files.copy(FIXTURES.resolve("clean/2021-seed1.text.txt"), tmp.resolve("a/one.txt"));
    Files.copy(FIXTURES.resolve("clean/2021-seed2.json.json"), tmp.resolve("a/b/two.json"));
    Files.write(tmp.resolve("a/b/junk.bin"), new byte[] {0, 0, 0, 9});
    Cli dir = Cli.run("check", "--format", "json", tmp.resolve("a").toString());
    JsonNode root = new ObjectMapper().readTree(dir.out());
    assertThat(root.path("files")).hasSize(3);
    Cli glob = Cli.run("check", "--format", "json", tmp.resolve("a").toString() + "/**.json");
    assertThat(new ObjectMapper().readTree(glob.out()).path("files")).hasSize(1);
    assertThat(glob.exit()).isZero();
  }

  @Test
  void englishMessages() {
    Cli r = Cli.run("check", "--lang", "en", fixture("t4.block-total/review-total-off.text.txt"));
    assertThat(r.out()).contains("the total must be upheld + corrected + other + pending");
    assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("t4.review.total");
  }

  @Test
  void brokenPdfsAndOfficeFilesInABatchAreDefectsAndTheRestIsChecked() throws Exception {
    byte[] pdf = Files.readAllBytes(Path.of("..", "validator-core", "src", "test", "resources", "pdf",
        "ruled-merged.pdf"));
    Path truncated = Files.write(tmp.resolve("truncated.pdf"),
        java.util.Arrays.copyOf(pdf, pdf.length / 2));
    Path corrupt = Files.write(tmp.resolve("corrupt.pdf"),
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1));
    Path notDocx = Files.write(tmp.resolve("renamed.docx"), "PK\u0003\u0004 not a zip".getBytes(
        StandardCharsets.ISO_8859_1));
    String good = fixture("clean/2021-seed1.text.txt");
    Cli r = Cli.run("check", "--format", "json", truncated.toString(), corrupt.toString(),
        notDocx.toString(), good);
    assertThat(r.exit()).isEqualTo(3);
    JsonNode files = new ObjectMapper().readTree(r.out()).path("files");
    assertThat(files).hasSize(4);
    for (int i = 0; i < 3; i++) {
      assertThat(files.get(i).path("status").asText()).as(files.get(i).path("path").asText())
          .isEqualTo("unreadable");
      assertThat(files.get(i).path("defects").get(0).path("message").asText()).isNotBlank();
    }
    assertThat(files.get(3).path("status").asText()).isEqualTo("checked");
    assertThat(files.get(3).path("defects")).isEmpty();
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void anEmptyDirectoryOrAGlobThatMatchesNothingIsAUsageError() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Cli r = Cli.run("check", empty.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no files found");
    assertThat(Cli.run("check", empty + "/**.pdf").exit()).isEqualTo(2);
  }
}
