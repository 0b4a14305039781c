package dev.xxgk.internal.read.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal DOCX from hand-written WordprocessingML, for markup POI's API does not make
 * (text boxes, alternate content, rendered page breaks, legacy merges) and for hostile files.
 */
final class RawDocx {

  static final String W_NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  static final String NAMESPACES = W_NS
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
      + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
      + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private String body = "";
  private String numbering;
  private String styles;
  private String documentXml;
  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private boolean strict;

  static RawDocx body(String bodyXml) {
    RawDocx d = new RawDocx();
    d.body = bodyXml;
    return d;
  }

  /** Replaces the whole main part, e.g. with a prolog that declares entities. */
  static RawDocx document(String xml) {
    RawDocx d = new RawDocx();
    d.documentXml = xml;
    return d;
  }

  RawDocx numbering(String inner) {
    numbering = "<w:numbering " + W_NS + ">" + inner + "</w:numbering>";
    return this;
  }

  RawDocx styles(String inner) {
    styles = "<w:styles " + W_NS + ">" + inner + "</w:styles>";
    return this;
  }

  /** Writes Strict Open XML (ISO/IEC 29500 strict namespaces and relationship types). */
  RawDocx strict() {
    strict = true;
    return this;
  }

  RawDocx entry(String name, byte[] content) {
    extra.put(name, content);
    return this;
  }

  String documentXml() {
    return documentXml != null ? documentXml
        : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document " + NAMESPACES + "><w:body>" + body + "</w:body></w:document>";
  }

  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", contentTypes());
      put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\""
          + " Target=\"word/document.xml\"/></Relationships>");
      put(zip, "word/document.xml", documentXml());
      put(zip, "word/_rels/document.xml.rels", documentRels());
      if (numbering != null) {
        put(zip, "word/numbering.xml", numbering);
      }
      if (styles != null) {
        put(zip, "word/styles.xml", styles);
      }
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private String contentTypes() {
    String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml
        + "document.main+xml\"/>"
        + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\""
            + wml + "numbering+xml\"/>")
        + (styles == null ? "" : "<Override PartName=\"/word/styles.xml\" ContentType=\""
            + wml + "styles+xml\"/>")
        + "</Types>";
  }

  private String documentRels() {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + (numbering == null ? "" : "<Relationship Id=\"rId1\" Type=\"" + REL + "numbering\""
            + " Target=\"numbering.xml\"/>")
        + (styles == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL + "styles\""
            + " Target=\"styles.xml\"/>")
        + "</Relationships>";
  }

  private void put(ZipOutputStream zip, String name, String content) throws IOException {
    String xml = !strict ? content : content
        .replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main")
        .replace(REL, "http://purl.oclc.org/ooxml/officeDocument/relationships/");
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A paragraph of one run. */
  static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A numbered paragraph of one run. */
  static String np(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  /** An abstract list with one level per format and pattern pair, and one instance of it. */
  static String list(int abstractId, int numId, String... fmtAndText) {
    StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + abstractId + "\">");
    for (int i = 0; i < fmtAndText.length / 2; i++) {
      xml.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
          .append(fmtAndText[2 * i]).append("\"/><w:lvlText w:val=\"").append(fmtAndText[2 * i + 1])
          .append("\"/></w:lvl>");
    }
    return xml + "</w:abstractNum>" + num(numId, abstractId, "");
  }

  static String num(int numId, int abstractId, String overrides) {
    return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>"
        + overrides + "</w:num>";
  }
}
