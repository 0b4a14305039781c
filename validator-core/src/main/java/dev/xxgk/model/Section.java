package dev.xxgk.model;

import org.jspecify.annotations.Nullable;

/**
 * One of the six standard parts as found in the report.
 *
 * @param number the standard part it was matched to, 1 to 6 (not the numeral printed)
 * @param numeral the numeral printed before the heading ({@code 一}…{@code 六}), or null if none
 * @param heading the heading as printed, without its numeral
 * @param text the part's running text (tables excluded)
 * @param source where the heading was printed
 */
public record Section(int number, @Nullable String numeral, String heading, String text,
    SourceRef source) {}
