package dev.xxgk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as users see it in {@code xxgk rules}.
 *
 * @param id stable id
 * @param severity default severity
 * @param kind its rule kind
 * @param basis OFFICIAL, STRUCTURAL, CONVENTION or HEURISTIC
 * @param citation the legal or format citation
 * @param title title in the requested language
 * @param packs the packs it is in
 * @param fromYear first report year it applies to, or null
 */
public record RuleInfo(String id, Severity severity, String kind, String basis, String citation,
    String title, List<String> packs, @Nullable Integer fromYear) {}
