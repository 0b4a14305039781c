/**
 * Extraction: the common document layout to the canonical model, guided by the packs' label
 * dictionaries. Knows labels, not formats. Internal: not part of the public API.
 */
@NullMarked
package dev.xxgk.internal.extract;

import org.jspecify.annotations.NullMarked;
