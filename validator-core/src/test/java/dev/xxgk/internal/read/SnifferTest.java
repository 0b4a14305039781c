package dev.xxgk.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {

  private static SourceType sniff(String s, String name) {
    return Sniffer.sniff(s.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void decidesFromContentNotName() {
    assertThat(sniff("%PDF-1.7\n...", "report.txt")).isEqualTo(SourceType.PDF);
    assertThat(sniff("  {\"title\": \"x\"}", "report.txt")).isEqualTo(SourceType.JSON);
    assertThat(sniff("<!DOCTYPE html><html><body>x</body></html>", "a.pdf")).isEqualTo(SourceType.HTML);
    assertThat(sniff("一、总体情况\n内容", "a.html")).isEqualTo(SourceType.TEXT);
    assertThat(sniff("", "a.txt")).isEqualTo(SourceType.EMPTY);
    assertThat(sniff(" \n\t", "a.txt")).isEqualTo(SourceType.EMPTY);
  }

  @Test
  void binaryAndOfficeContainers() {
    assertThat(Sniffer.sniff(new byte[] {1, 2, 0, 4, 5, 6, 7, 8}, "x")).isEqualTo(SourceType.BINARY);
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
    assertThat(Sniffer.sniff(ole, "x.doc")).isEqualTo(SourceType.DOC);
    assertThat(Sniffer.sniff("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "x.docx"))
        .isEqualTo(SourceType.ZIP);
  }
}
