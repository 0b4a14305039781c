package dev.xxgk.internal.report;

import dev.xxgk.Defect;
import dev.xxgk.Location;
import dev.xxgk.Term;
import dev.xxgk.internal.pack.LabelSpec;
import dev.xxgk.internal.pack.TableSpec;
import dev.xxgk.internal.rules.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders defect messages from the keyed bundles of the rules module ({@code messages_zh} and
 * {@code messages_en}). Templates use named arguments ({@code {expected}}); an argument value
 * {@code @key|a|b} is itself a bundle entry, and {@code @col|t3|total} / {@code @row|t3|received}
 * name a table label. Labels are the official Chinese labels in Chinese and canonical keys in
 * English. Immutable and thread-safe.
 */
public final class Messages {

  private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern INDEXED = Pattern.compile("\\{(\\d)}");

  private final Map<String, Properties> bundles = new LinkedHashMap<>();
  private final BiFunction<String, String, @Nullable TableSpec> tables;

  /** @param tables the layout of a table by key and shape (null shape: any) */
  public Messages(BiFunction<String, String, @Nullable TableSpec> tables) {
    this.tables = tables;
    for (String lang : List.of("zh", "en")) {
      bundles.put(lang, load("dev/xxgk/rules/messages_" + lang + ".properties"));
    }
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message bundle missing: " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The language code a locale renders in: {@code en} for English, else {@code zh}. */
  public static String lang(Locale locale) {
    return locale.getLanguage().equals("en") ? "en" : "zh";
  }

  /** A plain bundle entry with indexed arguments, or the key itself when missing. */
  public String text(Locale locale, String key, Object... args) {
    String t = bundle(locale).getProperty(key);
    if (t == null) {
      return key;
    }
    Matcher m = INDEXED.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : ""));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** True when the bundle of this language has the key. */
  public boolean has(Locale locale, String key) {
    return bundle(locale).containsKey(key);
  }

  /** Every key of a language's bundle. */
  public java.util.Set<String> keys(Locale locale) {
    return bundle(locale).stringPropertyNames();
  }

  public String title(String rule, Locale locale) {
    return text(locale, rule + ".title");
  }

  public String format(Defect d, Locale locale) {
    Properties b = bundle(locale);
    String template = b.getProperty(d.messageKey(), b.getProperty(d.rule() + ".message", d.rule()));
    Map<String, String> args = new LinkedHashMap<>();
    d.args().forEach((k, v) -> args.put(k, resolve(v, locale)));
    derived(d, locale, args);
    Matcher m = NAMED.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = args.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(sb);
    return sb.toString().strip();
  }

  private void derived(Defect d, Locale locale, Map<String, String> args) {
    Location l = d.location();
    if (l.table() != null) {
      args.putIfAbsent("tableLabel", text(locale, "word.table." + l.table()));
    }
    if (l.cell() != null) {
      args.putIfAbsent("cellLabel", cellLabel(l.cell(), locale));
    }
    if (d.expected() != null) {
      args.putIfAbsent("expected", d.expected().stripTrailingZeros().toPlainString());
      args.putIfAbsent("actual", d.actual().stripTrailingZeros().toPlainString());
      args.putIfAbsent("difference", d.difference().stripTrailingZeros().toPlainString());
    }
    if (!d.terms().isEmpty()) {
      args.putIfAbsent("left", terms(d.terms(), "left", locale));
      args.putIfAbsent("right", terms(d.terms(), "right", locale));
      List<String> blanks = d.terms().stream().filter(Term::blank)
          .map(t -> cellLabel(t.key(), locale)).distinct().toList();
      args.putIfAbsent("blanks", blanks.isEmpty() ? ""
          : text(locale, "word.blanks", String.join(lang(locale).equals("zh") ? "、" : ", ", blanks)));
    }
  }

  private String terms(List<Term> all, String side, Locale locale) {
    List<Term> terms = all.stream().filter(t -> t.side().equals(side)).toList();
    boolean sameColumn = terms.stream().map(t -> RuleContext.splitCellKey(t.key())[2]).distinct().count() == 1;
    boolean sameRow = terms.stream().map(t -> RuleContext.splitCellKey(t.key())[1]).distinct().count() == 1;
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      String[] k = RuleContext.splitCellKey(t.key());
      String label = k[1] == null ? t.key()
          : terms.size() > 1 && sameColumn ? rowLabel(k[0], k[1], locale)
          : terms.size() > 1 && sameRow ? columnLabel(k[0], k[2], locale)
          : cellLabel(t.key(), locale);
      BigDecimal v = t.value().abs();
      sb.append(sb.length() == 0 ? (t.negated() ? "-" : "") : t.negated() ? " - " : " + ")
          .append(label).append(' ').append(v.stripTrailingZeros().toPlainString());
    }
    return sb.toString();
  }

  private String resolve(String value, Locale locale) {
    if (!value.startsWith("@")) {
      return value;
    }
    String[] parts = value.substring(1).split("\\|");
    return switch (parts[0]) {
      case "col" -> columnLabel(parts[1], parts[2], locale);
      case "row" -> rowLabel(parts[1], parts[2], locale);
      default -> text(locale, parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
    };
  }

  /** A cell's label: official Chinese labels in Chinese, the canonical key in English. */
  public String cellLabel(String key, Locale locale) {
    String[] k = RuleContext.splitCellKey(key);
    if (k[1] == null || lang(locale).equals("en")) {
      return key;
    }
    String table = text(locale, "word.table." + k[0]).replaceAll("（.*", "");
    return table + "“" + rowLabel(k[0], k[1], locale) + "”“" + columnLabel(k[0], k[2], locale) + "”";
  }

  private String rowLabel(String table, String row, Locale locale) {
    return label(table, row, locale, true);
  }

  private String columnLabel(String table, String column, Locale locale) {
    return label(table, column, locale, false);
  }

  private String label(String table, String key, Locale locale, boolean row) {
    if (lang(locale).equals("en")) {
      return key;
    }
    for (String shape : List.of("2021", "2019")) {
      TableSpec spec = tables.apply(table, shape);
      if (spec != null) {
        var l = row ? spec.row(key) : spec.column(key);
        if (l.isPresent()) {
          return l.map(LabelSpec::standard).get();
        }
      }
    }
    return key;
  }

  private Properties bundle(Locale locale) {
    return bundles.get(lang(locale));
  }

  /** Bundle keys present in one language and not in the other. */
  public List<String> unmatchedKeys() {
    List<String> out = new ArrayList<>();
    Properties zh = bundles.get("zh");
    Properties en = bundles.get("en");
    zh.stringPropertyNames().stream().filter(k -> !en.containsKey(k)).forEach(k -> out.add("en lacks " + k));
    en.stringPropertyNames().stream().filter(k -> !zh.containsKey(k)).forEach(k -> out.add("zh lacks " + k));
    return out;
  }
}
