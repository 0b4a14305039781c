/**
 * The canonical report model: the public vocabulary shared by every reader, the rule packs, the
 * JSON format and defect locations. Keys are documented in {@code canonical-model.md}.
 */
@NullMarked
package dev.xxgk.model;

import org.jspecify.annotations.NullMarked;
