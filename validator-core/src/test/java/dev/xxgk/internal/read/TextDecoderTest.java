package dev.xxgk.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String TEXT = "朱镕基 政府信息公开工作年度报告";

  @Test
  void strictUtf8First() throws Exception {
    assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
  }

  @Test
  void gbkWithoutDeclarationFallsBackToGb18030() throws Exception {
    byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
    assertThat(TextDecoder.decode(gbk, null)).isEqualTo(TEXT);
  }

  @Test
  void declaredGb2312IsReadAsGb18030SoGbkOnlyCharactersSurvive() throws Exception {
    byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
    assertThat(TextDecoder.decode(gbk, "gb2312")).isEqualTo(TEXT);
  }

  @Test
  void bomWins() throws Exception {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(TextDecoder.decode(withBom, "gbk")).isEqualTo(TEXT);
  }

  @Test
  void undecodableBytesAreAnInputProblemNotMojibake() {
    byte[] bad = {(byte) 0xC4, (byte) 0xEA, (byte) 0xFF, (byte) 0xFF, (byte) 0x80};
    assertThatThrownBy(() -> TextDecoder.decode(bad, null)).isInstanceOf(InputProblem.class)
        .extracting(e -> ((InputProblem) e).reason()).isEqualTo("encoding");
  }
}
