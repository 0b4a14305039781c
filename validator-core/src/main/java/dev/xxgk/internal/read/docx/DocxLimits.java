package dev.xxgk.internal.read.docx;

/**
 * Bounds that keep a hostile or pathological DOCX from exhausting memory or time. A real annual
 * report is a few hundred kilobytes with a few thousand paragraphs and a few hundred table cells;
 * the defaults are orders of magnitude above that.
 *
 * @param maxEntryBytes largest inflated size of one ZIP entry
 * @param maxTotalBytes largest inflated size of all entries together
 * @param maxEntries most entries in the ZIP
 * @param maxInflateRatio largest inflated-to-compressed ratio of an entry (or of the whole file)
 * @param ratioGraceBytes entries smaller than this are not checked for their ratio
 * @param maxDepth deepest XML element nesting
 * @param maxColumns widest table grid
 * @param maxCells most grid positions in all tables together
 * @param maxBlocks most paragraphs and tables in the document
 */
record DocxLimits(
    long maxEntryBytes,
    long maxTotalBytes,
    int maxEntries,
    int maxInflateRatio,
    long ratioGraceBytes,
    int maxDepth,
    int maxColumns,
    int maxCells,
    int maxBlocks) {

  private static final long MIB = 1024L * 1024L;

  /** POI refuses entries above 100,000,000 bytes by itself; stay below that. */
  static final DocxLimits DEFAULTS =
      new DocxLimits(96 * MIB, 256 * MIB, 1000, 100, MIB, 256, 1000, 200_000, 100_000);
}
