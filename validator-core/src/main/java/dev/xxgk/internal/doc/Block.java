package dev.xxgk.internal.doc;

import dev.xxgk.model.SourceRef;

/** One block of a document in reading order: a paragraph of text or a table grid. */
public sealed interface Block permits Paragraph, TableGrid {
  SourceRef pos();
}
