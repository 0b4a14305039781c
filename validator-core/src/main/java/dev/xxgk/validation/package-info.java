/**
 * Jakarta Bean Validation integration: the whole rule pack as one class-level constraint on
 * {@link dev.xxgk.model.AnnualReport}.
 */
@NullMarked
package dev.xxgk.validation;

import org.jspecify.annotations.NullMarked;
