package dev.xxgk;

import java.math.BigDecimal;

/**
 * One term of an arithmetic check, as it entered the computation.
 *
 * @param side {@code left} (the side that is checked, e.g. the total) or {@code right} (what it
 *     should equal)
 * @param key the canonical cell key
 * @param value the value used (0 for a blank cell), already negated for a subtracted term
 * @param blank true when the cell was blank and counted as 0
 * @param negated true for a subtracted term
 */
public record Term(String side, String key, BigDecimal value, boolean blank, boolean negated) {}
