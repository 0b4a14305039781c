package dev.xxgk.internal.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void metaCharsetAndHttpEquivAreFound() {
    assertThat(HtmlCharset.declared(bytes("<meta charset=\"GB2312\">", GBK))).isEqualTo("gb2312");
    assertThat(HtmlCharset.declared(bytes(
        "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gbk'>", GBK)))
        .isEqualTo("gbk");
    assertThat(HtmlCharset.declared(bytes("<meta charset=utf-8>", StandardCharsets.UTF_8)))
        .isEqualTo("utf-8");
  }

  @Test
  void xmlDeclarationCountsWhenThereIsNoMeta() {
    byte[] xhtml = "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n<html><body>正文</body></html>"
        .getBytes(GBK);
    assertThat(HtmlCharset.declared(xhtml)).isEqualTo("gb18030");
  }

  @Test
  void aDeclarationPastTheFirstFiveKilobytesIsNotSeen() {
    String page = "<!--" + "x".repeat(6000) + "--><meta charset=gbk>";
    assertThat(HtmlCharset.declared(bytes(page, GBK))).isNull();
  }

  @Test
  void westernAndUtf16DeclarationsAreIgnored() {
    assertThat(HtmlCharset.declared(bytes("<meta charset=iso-8859-1>", GBK))).isNull();
    assertThat(HtmlCharset.declared(bytes("<meta charset=windows-1252>", GBK))).isNull();
    assertThat(HtmlCharset.declared(bytes("<meta charset=utf-16>", GBK))).isNull();
  }

  @Test
  void aUtf8PageStillLabelledGb2312IsReadAsUtf8() {
    assertThat(HtmlCharset.declared(
        bytes("<meta charset=gb2312><p>政府信息公开</p>", StandardCharsets.UTF_8)))
        .isEqualTo("utf-8");
    assertThat(HtmlCharset.declared(bytes("<meta charset=gb2312><p>政府信息公开</p>", GBK)))
        .isEqualTo("gb2312");
  }

  private static byte[] bytes(String s, Charset charset) {
    return ("<html><head>" + s + "</head><body>正文</body></html>").getBytes(charset);
  }
}
