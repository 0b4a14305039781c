package dev.xxgk.internal.pack;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pack's label dictionary: part headings, table layouts and format signatures. In an overlay
 * every field is optional and replaces the parent's entry (a table replaces the whole table).
 */
public record LabelsSpec(
    @Nullable List<@Valid SectionSpec> sections,
    @Nullable Map<String, @Valid TableSpec> tables,
    @Nullable Map<String, List<String>> signatures) {}
