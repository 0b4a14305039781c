package dev.xxgk.internal.read.docx;

import org.jspecify.annotations.Nullable;

/**
 * One level of a list definition ({@code w:lvl}).
 *
 * @param start the number of the first item
 * @param numFmt the number format, e.g. {@code chineseCounting}, {@code decimal}
 * @param lvlText the label pattern, e.g. {@code %1、} or {@code （%1）}; null for no label
 * @param restart after which level this one restarts (1-based; 0 never); null for the default,
 *     restarting after any higher level
 * @param legal true ({@code isLgl}) when every number in the label is shown as decimal
 * @param suffix what follows the label: {@code tab}, {@code space} or {@code nothing}
 * @param pStyle the paragraph style linked to this level, if any
 */
record ListLevel(
    int start,
    String numFmt,
    @Nullable String lvlText,
    @Nullable Integer restart,
    boolean legal,
    String suffix,
    @Nullable String pStyle) {

  /** What Word assumes for a level a list does not define. */
  static ListLevel fallback(int ilvl) {
    return new ListLevel(1, "decimal", "%" + (ilvl + 1) + ".", null, false, "tab", null);
  }
}
