package dev.xxgk.internal.pack;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One block of a table: every row crossed with every column is a cell {@code t.row.column}.
 *
 * @param title the block's title row (table 2), or null
 * @param rows the rows in official order
 * @param columns the value columns in official order
 */
public record BlockSpec(
    @Nullable String title,
    @NotEmpty List<@Valid LabelSpec> rows,
    @NotEmpty List<@Valid LabelSpec> columns) {}
