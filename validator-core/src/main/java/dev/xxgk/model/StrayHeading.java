package dev.xxgk.model;

/**
 * A heading inside a part that is numbered like a top-level part ({@code 一、…}) but is not one,
 * e.g. part 1 numbering its own sub-items {@code 一、}…{@code 五、}.
 *
 * @param part the part it stands in (0 before part 1)
 * @param numeral the numeral printed
 * @param text the first characters of the heading
 * @param source where it was printed
 */
public record StrayHeading(int part, String numeral, String text, SourceRef source) {}
