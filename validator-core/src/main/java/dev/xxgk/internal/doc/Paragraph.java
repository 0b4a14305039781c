package dev.xxgk.internal.doc;

import dev.xxgk.model.SourceRef;

/**
 * A run of text in reading order. Readers emit one paragraph per source paragraph (or per line for
 * plain text); a paragraph may hold several headings when the source ran them together.
 *
 * @param text the text as printed, without trailing line breaks
 * @param pos where the paragraph starts
 */
public record Paragraph(String text, SourceRef pos) implements Block {}
