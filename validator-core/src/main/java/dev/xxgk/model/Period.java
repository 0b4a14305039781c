package dev.xxgk.model;

import java.time.LocalDate;

/**
 * The statistics period stated in the text.
 *
 * @param from first day
 * @param to last day
 * @param text the sentence fragment it was read from
 * @param source where it was printed
 */
public record Period(LocalDate from, LocalDate to, String text, SourceRef source) {}
