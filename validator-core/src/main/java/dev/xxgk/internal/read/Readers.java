package dev.xxgk.internal.read;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.docx.DocxReader;
import dev.xxgk.internal.read.docx.OleProbe;
import dev.xxgk.internal.read.html.HtmlReader;
import dev.xxgk.internal.read.pdf.PdfReader;

/**
 * The one place that maps a sniffed type to its reader. Adding a format is adding one reader and
 * one line here. JSON is not here: it is the model itself and bypasses extraction.
 */
public final class Readers {

  private Readers() {}

  public static Document read(Source source) throws InputProblem {
    return switch (source.type()) {
      case TEXT -> new TextReader().read(source);
      case HTML -> new HtmlReader().read(source);
      case PDF -> new PdfReader().read(source);
      case DOCX -> new DocxReader().read(source);
      case DOC -> throw OleProbe.problem(source.bytes());
      case ZIP -> throw InputProblem.unreadable("zip-not-docx");
      case BINARY -> throw InputProblem.unreadable("binary");
      case EMPTY -> throw InputProblem.noText("empty");
      case JSON -> throw new IllegalArgumentException("JSON is read as a model, not a document");
    };
  }
}
