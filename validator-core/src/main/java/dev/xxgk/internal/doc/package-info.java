/**
 * The common document layout that readers produce and extraction consumes. Internal: not part of
 * the public API, may change without notice.
 */
@NullMarked
package dev.xxgk.internal.doc;

import org.jspecify.annotations.NullMarked;
