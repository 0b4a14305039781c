/**
 * The PDF reader (Apache PDFBox 3): glyphs and ruling lines per page, tables rebuilt as cell
 * grids from the ruling lines (or from glyph columns when a table has no lines), tables joined
 * across pages, page furniture dropped. Internal: not part of the public API.
 */
@NullMarked
package dev.xxgk.internal.read.pdf;

import org.jspecify.annotations.NullMarked;
