/** Text normalisation and numerals. Internal: not part of the public API. */
@NullMarked
package dev.xxgk.internal.text;

import org.jspecify.annotations.NullMarked;
