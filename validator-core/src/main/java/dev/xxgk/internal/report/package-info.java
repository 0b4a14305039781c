/** Messages and renderers. Internal: not part of the public API. */
@NullMarked
package dev.xxgk.internal.report;

import org.jspecify.annotations.NullMarked;
