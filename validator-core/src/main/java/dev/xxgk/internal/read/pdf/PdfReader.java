package dev.xxgk.internal.read.pdf;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.DocumentReader;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with Apache PDFBox into the common document layout: text lines as paragraphs with
 * page and line, tables rebuilt from ruling lines (or from text columns when there are none) as
 * cell grids, merged cells expanded, tables joined across pages, page numbers and running headers
 * dropped. Bad input is an {@link InputProblem}: encrypted (unless the empty password opens it),
 * corrupt or truncated, too large, or without a text layer.
 */
public final class PdfReader implements DocumentReader {

  static final int MAX_BYTES = 100 * 1024 * 1024;
  static final int MAX_PAGES = 500;
  /** Memory for streams PDFBox buffers while loading (it reads the file itself from memory). */
  private static final long MAX_SCRATCH = 256L * 1024 * 1024;

  @Override
  public Document read(Source source) throws InputProblem {
    byte[] bytes = source.bytes();
    if (bytes.length > MAX_BYTES) {
      throw InputProblem.unreadable("too-large", bytes.length / (1024 * 1024) + " MiB");
    }
    if (!endsWithEof(bytes)) {
      throw InputProblem.unreadable("corrupt", "truncated: no %%EOF at the end");
    }
    PDDocument doc = load(bytes);
    try {
      return read(doc);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw InputProblem.unreadable("corrupt", describe(e));
    } finally {
      closeQuietly(doc);
    }
  }

  private static PDDocument load(byte[] bytes) throws InputProblem {
    try {
      return Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
          MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH).streamCache);
    } catch (InvalidPasswordException e) {
      throw InputProblem.unreadable("encrypted");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw InputProblem.unreadable("corrupt", describe(e));
    }
  }

  private static Document read(PDDocument doc) throws IOException, InputProblem {
    int pageCount = doc.getNumberOfPages();
    if (pageCount > MAX_PAGES) {
      throw InputProblem.unreadable("too-large", pageCount + " pages > " + MAX_PAGES);
    }
    if (pageCount == 0) {
      throw InputProblem.unreadable("corrupt", "no pages");
    }
    List<List<Glyph>> glyphs = GlyphCollector.collect(doc);
    if (glyphs.stream().allMatch(List::isEmpty)) {
      throw InputProblem.noText("scanned");
    }
    List<PageContent> pages = new ArrayList<>();
    for (int i = 0; i < pageCount; i++) {
      pages.add(PageAnalyzer.analyze(i + 1, doc.getPage(i), glyphs.get(i)));
    }
    pages = PageFurniture.drop(pages);
    pages.replaceAll(StreamTables::find);
    return DocumentAssembler.assemble(pages);
  }

  /** A complete PDF ends with %%EOF (perhaps followed by a little padding). */
  private static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - 2048);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    String text = e.getClass().getSimpleName() + message;
    return text.length() > 200 ? text.substring(0, 200) : text;
  }

  private static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      // nothing was written; a failing close loses nothing
    }
  }
}
