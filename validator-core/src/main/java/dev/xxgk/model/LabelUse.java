package dev.xxgk.model;

/**
 * A table label as printed, with the standard label it was matched to. Kept only where the two
 * differ after normalisation, so that a rule can report the deviation.
 *
 * @param key the canonical row or column key it was matched to, e.g. {@code normative_documents}
 * @param printed the label as printed
 * @param standard the official label
 * @param source where it was printed
 */
public record LabelUse(String key, String printed, String standard, SourceRef source) {}
