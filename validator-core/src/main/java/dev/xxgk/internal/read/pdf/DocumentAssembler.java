package dev.xxgk.internal.read.pdf;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.internal.doc.TableGrid;
import dev.xxgk.model.SourceRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the pages together in reading order: per page, text lines and tables top to bottom; a
 * page that starts with a table continues the previous page's last table when the two fit (no
 * heading between them, same columns).
 */
final class DocumentAssembler {

  private DocumentAssembler() {}

  static Document assemble(List<PageContent> pages) {
    List<Object> items = new ArrayList<>();
    float bodySize = TitleLines.bodySize(pages);
    for (PageContent page : pages) {
      List<Object> pageItems = items(page, bodySize);
      if (!pageItems.isEmpty() && !items.isEmpty()
          && items.get(items.size() - 1) instanceof Table previous
          && pageItems.get(0) instanceof Table next) {
        Table joined = TableJoiner.join(previous, next);
        if (joined != null) {
          items.set(items.size() - 1, joined);
          pageItems.remove(0);
        }
      }
      items.addAll(pageItems);
    }
    List<Block> blocks = new ArrayList<>();
    int tableIndex = 0;
    for (Object item : items) {
      blocks.add(item instanceof Table t ? grid(t, tableIndex++) : (Paragraph) item);
    }
    return new Document(blocks, "application/pdf");
  }

  private static List<Object> items(PageContent page, float bodySize) {
    record Placed(float top, Object item) {}
    List<Placed> placed = new ArrayList<>();
    page.tables().forEach(t -> placed.add(new Placed(t.top(), t)));
    for (List<TextLine> lines : TitleLines.group(page, bodySize)) {
      SourceRef pos = SourceRef.pageLine(page.page(), page.lineOf(lines.get(0)));
      String text = "";
      for (TextLine line : lines) {
        text = Texts.concat(text, line.text());
      }
      placed.add(new Placed(lines.get(0).top(), new Paragraph(text, pos)));
    }
    placed.sort(Comparator.comparingDouble(Placed::top));
    List<Object> out = new ArrayList<>();
    placed.forEach(p -> out.add(p.item()));
    return out;
  }

  static TableGrid grid(Table t, int index) {
    BitSet origins = t.origins();
    List<List<GridCell>> rows = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      List<GridCell> row = new ArrayList<>();
      for (int c = 0; c < t.columns(); c++) {
        TableCell cell = t.cell(r, c);
        SourceRef pos = new SourceRef(cell.page(), cell.line(), index, r, c);
        row.add(new GridCell(cell.text(), origins.get(r * t.columns() + c), pos));
      }
      rows.add(row);
    }
    Integer line = t.rows() > 0 && t.columns() > 0 ? t.cell(0, 0).line() : null;
    return new TableGrid(rows, new SourceRef(t.page(), line, index, null, null));
  }
}
