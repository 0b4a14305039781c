/**
 * The public API: the {@link dev.xxgk.Xxgk} facade and its result types. Everything under {@code
 * dev.xxgk.internal} is off-limits to users and may change without notice.
 */
@NullMarked
package dev.xxgk;

import org.jspecify.annotations.NullMarked;
