package dev.xxgk.internal.read.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Counts list items in document order and renders each numbered paragraph's label, the way Word
 * does: counters belong to the abstract list, so list instances that share one continue each
 * other's numbering, unless an instance overrides a level's start, which restarts that level the
 * first time the instance is used. A level restarts after any higher level unless its
 * {@code lvlRestart} says otherwise. One counter per document read; not thread-safe.
 */
final class ListCounter {

  private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");
  private static final int LEVELS = 9;

  private final Numbering numbering;
  private final Styles styles;
  private final Map<String, @Nullable Integer[]> counters = new HashMap<>();
  private final Set<String> usedInstances = new HashSet<>();

  ListCounter(Numbering numbering, Styles styles) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /**
   * Counts one numbered paragraph and returns its label with the separator that follows it, or ""
   * when the paragraph is not numbered, is a bullet item, or its list is not defined.
   *
   * @param numId the paragraph's own numId, or null to take it from its style
   * @param ilvl the paragraph's own level, or null to take it from its style or list
   * @param styleId the paragraph's style
   */
  String label(@Nullable String numId, @Nullable Integer ilvl, @Nullable String styleId) {
    String id = numId != null ? numId : styles.numId(styleId);
    Numbering.Instance instance = id == null || id.equals("0") ? null : numbering.instance(id);
    Numbering.Abstract list = instance == null ? null : numbering.abstractOf(instance, styles);
    if (instance == null || list == null) {
      return "";
    }
    int level = level(ilvl, styleId, instance, list);
    @Nullable Integer[] count = counters.computeIfAbsent(list.id(), k -> new Integer[LEVELS]);
    if (usedInstances.add(id)) {
      instance.startOverrides().forEach((l, start) -> count[l] = start - 1);
    }
    ListLevel def = definition(instance, list, level);
    count[level] = count[level] == null ? def.start() : Math.max(count[level], count[level] + 1);
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      Integer restart = definition(instance, list, deeper).restart();
      if (restart == null || (restart != 0 && level < restart)) {
        count[deeper] = null;
      }
    }
    return render(def, instance, list, count);
  }

  private int level(
      @Nullable Integer ilvl, @Nullable String styleId, Numbering.Instance instance,
      Numbering.Abstract list) {
    if (ilvl != null) {
      return ilvl;
    }
    Integer fromStyle = styles.ilvl(styleId);
    if (fromStyle != null) {
      return fromStyle;
    }
    for (int l = 0; l < LEVELS; l++) {
      if (styleId != null && styleId.equals(definition(instance, list, l).pStyle())) {
        return l;
      }
    }
    return 0;
  }

  private static ListLevel definition(Numbering.Instance instance, Numbering.Abstract list, int l) {
    ListLevel own = instance.levels().get(l);
    if (own != null) {
      return own;
    }
    return list.levels().getOrDefault(l, ListLevel.fallback(l));
  }

  private static String render(
      ListLevel def, Numbering.Instance instance, Numbering.Abstract list,
      @Nullable Integer[] count) {
    if (def.lvlText() == null || def.numFmt().equals("bullet")) {
      return "";
    }
    Matcher m = PLACEHOLDER.matcher(def.lvlText());
    StringBuilder label = new StringBuilder();
    while (m.find()) {
      int l = m.group(1).charAt(0) - '1';
      ListLevel shown = definition(instance, list, l);
      int value = count[l] != null ? count[l] : shown.start();
      String fmt = def.legal() ? "decimal" : shown.numFmt();
      m.appendReplacement(label, Matcher.quoteReplacement(NumberFormats.format(value, fmt)));
    }
    m.appendTail(label);
    return label + separator(label, def.suffix());
  }

  /**
   * Word puts a tab or space after the label. After punctuation such as {@code 一、} or
   * {@code （一）} it is dropped, so that the text reads as printed headings are written; after a
   * letter or digit ({@code 第一章}, {@code 1}) one space keeps the label apart from the text.
   */
  private static String separator(CharSequence label, String suffix) {
    if (label.length() == 0 || suffix.equals("nothing")) {
      return "";
    }
    char last = label.charAt(label.length() - 1);
    return Character.isLetterOrDigit(last) ? " " : "";
  }
}
