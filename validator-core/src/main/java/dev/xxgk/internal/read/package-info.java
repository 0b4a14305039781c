/**
 * Sniffing, decoding and the format readers. Internal: not part of the public API.
 */
@NullMarked
package dev.xxgk.internal.read;

import org.jspecify.annotations.NullMarked;
