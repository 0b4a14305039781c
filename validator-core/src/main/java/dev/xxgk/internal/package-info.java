/** The pipeline behind the facade. Internal: not part of the public API. */
@NullMarked
package dev.xxgk.internal;

import org.jspecify.annotations.NullMarked;
