/**
 * The DOCX reader: a guarded open of the OOXML package with Apache POI, then a streaming read of
 * the main document part into the common layout, with automatic numbering rendered, merged table
 * cells expanded and tracked changes accepted. Internal: not part of the public API.
 */
@NullMarked
package dev.xxgk.internal.read.docx;

import org.jspecify.annotations.NullMarked;
