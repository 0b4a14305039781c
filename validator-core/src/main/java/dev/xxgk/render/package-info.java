/**
 * Renderers: results to text or JSON, streamed one file at a time so that a batch never holds all
 * its results. Renderers know defects, not rules.
 */
@NullMarked
package dev.xxgk.render;

import org.jspecify.annotations.NullMarked;
