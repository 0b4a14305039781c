package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.internal.read.DocumentReader;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.SourceType;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a DOCX (WordprocessingML) file into the common layout.
 *
 * <ul>
 *   <li>Paragraphs in body order, interleaved with tables; text boxes follow the paragraph they
 *       are anchored in; blank paragraphs are left out but counted.
 *   <li>Automatic list numbering is rendered into the text ({@code 一、总体情况}), counted as Word
 *       counts it ({@link ListCounter}).
 *   <li>Tables become grids with merged cells expanded ({@link GridExpander}); tables nested in a
 *       cell follow their outer table.
 *   <li>Tracked changes are read as if accepted; comments, headers, footers, footnotes and field
 *       codes are not read.
 *   <li>Locations: {@code line} is the 1-based body paragraph number; cells carry table, row and
 *       column; {@code page} as far as the document records page breaks ({@link Pages}).
 * </ul>
 *
 * <p>POI opens the package (relationships, content types, its zip-bomb checks); the parts are then
 * read with a hardened streaming parser rather than through XWPF's object model. XWPF builds the
 * whole XML tree in memory and hides what this reader needs to see: the content of block-level
 * content controls, which of an {@code mc:AlternateContent}'s branches to read (a text box is
 * stored twice), moved text, deleted rows and paragraph marks.
 *
 * <p>Bad input becomes an {@link InputProblem} with reason {@code zip-bomb}, {@code too-large},
 * {@code xml-doctype} or {@code corrupt}. Thread-safe: every read has its own state.
 */
public final class DocxReader implements DocumentReader {

  private final DocxLimits limits;

  public DocxReader() {
    this(DocxLimits.DEFAULTS);
  }

  DocxReader(DocxLimits limits) {
    this.limits = limits;
  }

  @Override
  public Document read(Source source) throws InputProblem {
    try {
      new ZipGuard(limits).check(source.bytes());
      DocxPackage parts = DocxPackage.open(source.bytes());
      Styles styles = Styles.parse(parts.styles(), limits);
      Numbering numbering = Numbering.parse(parts.numbering(), limits);
      Pages pages = new Pages();
      Cursor cursor = new Cursor(parts.document(), limits.maxDepth());
      List<Raw.Block> raw =
          new BodyParser(cursor, pages, styles, new ListCounter(numbering, styles), limits).parse();
      cursor.close();
      return new Document(assemble(raw, pages), SourceType.DOCX.mediaType());
    } catch (XMLStreamException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  private List<Block> assemble(List<Raw.Block> raw, Pages pages) throws InputProblem {
    GridExpander grids = new GridExpander(pages::page, limits.maxCells());
    List<Block> out = new ArrayList<>();
    int[] tables = {0};
    for (Raw.Block block : raw) {
      if (block instanceof Raw.Para p) {
        out.add(new Paragraph(p.text(), new SourceRef(pages.page(p.mark()), p.line(), null, null,
            null)));
      } else if (block instanceof Raw.Table t) {
        addTable(t, out, grids, pages, tables);
      }
    }
    return out;
  }

  /** Adds a table, then the tables nested in it, depth first. */
  private static void addTable(Raw.Table table, List<Block> out, GridExpander grids, Pages pages,
      int[] tables) throws InputProblem {
    int index = tables[0]++;
    List<List<GridCell>> grid = grids.expand(table, index);
    Integer page = grid.isEmpty() || grid.get(0).isEmpty()
        ? pages.page(table.mark()) : grid.get(0).get(0).pos().page();
    out.add(new TableGrid(grid, new SourceRef(page, null, index, null, null)));
    for (Raw.Table nested : table.nested()) {
      addTable(nested, out, grids, pages, tables);
    }
  }

  /**
   * A file that is not a readable DOCX, with the parser's own words as the detail (they are
   * technical and in English, but say where the file is broken). The cause is kept for debugging.
   */
  static InputProblem corrupt(Throwable cause) {
    String message = String.valueOf(cause.getMessage()).strip();
    String detail = cause.getClass().getSimpleName() + ": "
        + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    InputProblem problem = message.contains("Zip bomb")
        ? InputProblem.unreadable("zip-bomb") : InputProblem.unreadable("corrupt", detail);
    problem.initCause(cause);
    return problem;
  }
}
