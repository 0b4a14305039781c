package dev.xxgk.internal.doc;

import java.util.List;

/**
 * The common layout every format reader produces: blocks in reading order, each with its source
 * location. Extraction works on this and never on a file format.
 *
 * @param blocks paragraphs and tables in reading order
 * @param mediaType the format the reader handled, e.g. {@code text/plain}
 */
public record Document(List<Block> blocks, String mediaType) {

  public Document {
    blocks = List.copyOf(blocks);
  }

  public List<TableGrid> tables() {
    return blocks.stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast).toList();
  }

  /** True when no block holds any non-whitespace text. */
  public boolean isBlank() {
    for (Block b : blocks) {
      if (b instanceof Paragraph p && !p.text().isBlank()) {
        return false;
      }
      if (b instanceof TableGrid t
          && t.rows().stream().flatMap(List::stream).anyMatch(c -> !c.text().isBlank())) {
        return false;
      }
    }
    return true;
  }
}
