/**
 * The HTML reader: decodes a web page, drops page chrome, finds the report's content and turns it
 * into the common document layout, with tables expanded into grids. Internal: not part of the
 * public API, may change without notice.
 */
@NullMarked
package dev.xxgk.internal.read.html;

import org.jspecify.annotations.NullMarked;
