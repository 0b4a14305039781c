package dev.xxgk.internal.pack;

import dev.xxgk.Severity;
import dev.xxgk.internal.rules.Rule;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One pack file as written, before its overlay is resolved.
 *
 * @param file the file name, for messages
 * @param name the pack name
 * @param extendsPack the pack it extends, or null
 * @param format the national format it checks
 * @param labels its label dictionary entries (replacing the parent's), or null
 * @param disable parent rules it switches off
 * @param severity parent rules it re-grades
 * @param rules its own rules, replacing the parent's of the same id
 */
record PackFile(String file, String name, @Nullable String extendsPack, String format,
    @Nullable LabelsSpec labels, List<String> disable, Map<String, Severity> severity,
    List<Rule> rules) {}
