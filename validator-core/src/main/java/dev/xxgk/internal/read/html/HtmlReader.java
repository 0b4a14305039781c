package dev.xxgk.internal.read.html;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.read.DocumentReader;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.TextDecoder;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page (a portal page, a Word "save as web page" export, a saved copy) into the
 * common layout: the report's paragraphs in reading order and its tables as grids with merged
 * cells expanded, each with its source line.
 *
 * <ol>
 *   <li>Refuses pages over {@value #MAX_BYTES} bytes or with over {@value #MAX_TAGS} tags as
 *       {@code too-large}.
 *   <li>Decodes: BOM, then the declared charset ({@link HtmlCharset}), then strict UTF-8, else
 *       GB18030 ({@link TextDecoder}); undecodable bytes are {@code encoding}, never mojibake.
 *   <li>Parses the decoded text with jsoup, tracking source positions.
 *   <li>Cuts the body into paragraphs and tables ({@link BlockWalker}), dropping chrome ({@link
 *       ChromeRules}); data tables are expanded by {@link GridBuilder}, layout tables are read
 *       as paragraphs around the data tables inside them.
 *   <li>Keeps the report's content ({@link ContentSelector}): the smallest element holding the
 *       part headings, widened to the title; the whole page minus chrome when there are fewer
 *       than two part headings.
 * </ol>
 *
 * <p>What comes out:
 *
 * <ul>
 *   <li>One {@link Paragraph} per run of inline content between block-element edges ({@code p},
 *       {@code div}, {@code h1}–{@code h6}, {@code li}, a layout table's cells, …). Inline pieces
 *       ({@code span}, {@code font}, {@code o:p}, …) are joined; whitespace collapses as a
 *       browser collapses it ({@link InlineText}); {@code &nbsp;} is a space; a {@code <br>}
 *       stays inside the paragraph as {@code \n}. Its position is the line of its first text.
 *   <li>One {@link dev.xxgk.internal.doc.TableGrid} per data table, in document order, numbered
 *       from 0. A cell's text is its inline pieces joined, with {@code <br>} and inner {@code <p>}
 *       edges removed between Chinese characters (else a space). Positions carry the table
 *       index, grid row, grid column and the source line of the {@code <td>}.
 * </ul>
 *
 * <p>A page with no text at all (a scanned report as images) is {@code no-text}; a page whose only
 * text is site chrome (the report loaded by script, or published as an attachment) is {@code
 * chrome-only}.
 */
public final class HtmlReader implements DocumentReader {

  public static final int MAX_BYTES = 50 * 1024 * 1024;
  public static final int MAX_TAGS = 500_000;

  private static final String MEDIA_TYPE = "text/html";

  @Override
  public Document read(Source source) throws InputProblem {
    byte[] bytes = source.bytes();
    if (bytes.length > MAX_BYTES) {
      throw InputProblem.unreadable("too-large", "> " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    return parse(TextDecoder.decode(bytes, HtmlCharset.declared(bytes)));
  }

  /** Reads an already decoded page. */
  public static Document parse(String html) throws InputProblem {
    if (html.chars().filter(c -> c == '<').count() > MAX_TAGS) {
      throw InputProblem.unreadable("too-large", "> " + MAX_TAGS + " tags");
    }
    Element body = jsoup(html).body();
    List<RawBlock> selected = ContentSelector.select(BlockWalker.walk(body));
    Document document = new Document(toBlocks(selected), MEDIA_TYPE);
    if (document.isBlank()) {
      // text that was all navigation, breadcrumbs and footers: the report itself is not in the page
      throw InputProblem.noText(body.text().isBlank() ? "no-text" : "chrome-only");
    }
    return document;
  }

  private static org.jsoup.nodes.Document jsoup(String html) throws InputProblem {
    try {
      return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    } catch (RuntimeException e) {
      // jsoup is lenient and should never throw on text; if it does, the input is at fault
      throw InputProblem.unreadable("corrupt", "HTML");
    }
  }

  private static List<Block> toBlocks(List<RawBlock> selected) throws InputProblem {
    GridBuilder grids = new GridBuilder();
    List<Block> blocks = new ArrayList<>(selected.size());
    int tableIndex = 0;
    for (RawBlock b : selected) {
      if (b instanceof RawBlock.Para p) {
        blocks.add(new Paragraph(p.text(), SourceRef.line(p.line())));
      } else if (b instanceof RawBlock.Table t) {
        blocks.add(grids.build(t.table(), tableIndex++));
      }
    }
    return blocks;
  }
}
