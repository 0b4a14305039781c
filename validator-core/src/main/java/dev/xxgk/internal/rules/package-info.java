/** rules: internal, not part of the public API; may change without notice. */
@NullMarked
package dev.xxgk.internal.rules;

import org.jspecify.annotations.NullMarked;
