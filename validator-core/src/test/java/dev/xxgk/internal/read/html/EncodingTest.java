package dev.xxgk.internal.read.html;

import static dev.xxgk.internal.read.html.HtmlReaderTest.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final String TEXT = "国务院总理朱镕基签署的文件；政府信息公开工作年度报告";

  private static Document read(byte[] bytes) throws InputProblem {
    return new HtmlReader().read(Source.of("page.html", bytes));
  }

  @Test
  void gbkPageWithoutAnyDeclarationIsDetected() throws InputProblem {
    byte[] bytes = ("<html><head><title>报告</title></head><body><p>" + TEXT + "</p></body></html>")
        .getBytes(GBK);

    assertThat(paragraphs(read(bytes))).containsExactly(TEXT);
  }

  @Test
  void declaredGb2312IsReadAsGb18030SoGbkOnlyCharactersSurvive() throws InputProblem {
    assertThat(new String(TEXT.getBytes(Charset.forName("GB2312")), Charset.forName("GB2312")))
        .as("GB2312 proper has no 镕").isNotEqualTo(TEXT);
    byte[] bytes = ("<html><head><meta charset=gb2312></head><body><p>" + TEXT + "</p></body>"
        + "</html>").getBytes(GBK);

    assertThat(paragraphs(read(bytes))).containsExactly(TEXT);
  }

  @Test
  void byteOrderMarksWin() throws InputProblem {
    String page = "<html><head><meta charset=gbk></head><body><p>" + TEXT + "</p></body></html>";
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    utf8.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    utf8.writeBytes(page.getBytes(StandardCharsets.UTF_8));

    assertThat(paragraphs(read(utf8.toByteArray()))).containsExactly(TEXT);
    assertThat(paragraphs(read(("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE))))
        .containsExactly(TEXT);
  }

  @Test
  void aWrongDeclarationFallsBackToDetection() throws InputProblem {
    byte[] gbkSaidUtf8 = ("<meta charset=utf-8><p>" + TEXT + "</p>").getBytes(GBK);
    byte[] utf8SaidGb = ("<meta charset=gb2312><p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
    byte[] gbkSaidLatin1 = ("<meta charset=iso-8859-1><p>" + TEXT + "</p>").getBytes(GBK);

    assertThat(paragraphs(read(gbkSaidUtf8))).containsExactly(TEXT);
    assertThat(paragraphs(read(utf8SaidGb))).containsExactly(TEXT);
    assertThat(paragraphs(read(gbkSaidLatin1))).containsExactly(TEXT);
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreUnreadableNotMojibake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xFF, 0x41});
    bytes.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> read(bytes.toByteArray()))
        .isInstanceOfSatisfying(InputProblem.class, p -> {
          assertThat(p.rule()).isEqualTo("input.unreadable");
          assertThat(p.reason()).isEqualTo("encoding");
        });
  }
}
