package dev.xxgk.model;

import dev.xxgk.validation.ConformsToRulePack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The canonical model of one annual report: metadata, the six parts, the cells of tables 2 to 4
 * under their canonical keys ({@code t3.received.total}), and what extraction observed about the
 * layout. Immutable; build one with {@link #builder()}.
 *
 * <p>Validate it with the facade, or with any {@code jakarta.validation.Validator}: the class
 * carries the whole rule pack as one constraint.
 *
 * @param title the title line as printed
 * @param issuer the reporting body
 * @param year the report year (the year whose data it reports)
 * @param format the national format the tables follow
 * @param kind government or department report
 * @param period the statistics period stated in the text
 * @param preamble the text before part 1 (after the title)
 * @param sections the standard parts found, in document order
 * @param tables what was seen of each table, by table key; a table not found is absent
 * @param cells every cell found, by canonical key, in canonical order; a blank cell is present with
 *     a null value, a cell not found is absent
 * @param fees the 信息处理费 statement of part 6
 * @param strayHeadings headings numbered like parts that are not parts
 * @param formatEvidence the labels that decided the format
 */
@ConformsToRulePack
public record AnnualReport(
    @Nullable String title,
    @Nullable String issuer,
    @Nullable Integer year,
    ReportFormat format,
    ReportKind kind,
    @Nullable Period period,
    String preamble,
    List<Section> sections,
    Map<String, TableInfo> tables,
    Map<String, Cell> cells,
    @Nullable Fees fees,
    List<StrayHeading> strayHeadings,
    List<String> formatEvidence) {

  public AnnualReport {
    sections = List.copyOf(sections);
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    strayHeadings = List.copyOf(strayHeadings);
    formatEvidence = List.copyOf(formatEvidence);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.issuer = issuer;
    b.year = year;
    b.format = format;
    b.kind = kind;
    b.period = period;
    b.preamble = preamble;
    b.sections.addAll(sections);
    b.tables.putAll(tables);
    b.cells.putAll(cells);
    b.fees = fees;
    b.strayHeadings.addAll(strayHeadings);
    b.formatEvidence.addAll(formatEvidence);
    return b;
  }

  /** The part with this standard number, if found. */
  public Optional<Section> section(int number) {
    return sections.stream().filter(s -> s.number() == number).findFirst();
  }

  /** The value of a cell, or empty when the cell is absent, blank or not a number. */
  public Optional<BigDecimal> value(String key) {
    Cell c = cells.get(key);
    return c == null ? Optional.empty() : Optional.ofNullable(c.value());
  }

  /** Builds an {@link AnnualReport}; every collection starts empty, format and kind unknown. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String issuer;
    private @Nullable Integer year;
    private ReportFormat format = ReportFormat.UNKNOWN;
    private ReportKind kind = ReportKind.UNKNOWN;
    private @Nullable Period period;
    private String preamble = "";
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, TableInfo> tables = new LinkedHashMap<>();
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private @Nullable Fees fees;
    private final List<StrayHeading> strayHeadings = new ArrayList<>();
    private final List<String> formatEvidence = new ArrayList<>();

    private Builder() {}

    public Builder title(@Nullable String v) { title = v; return this; }
    public Builder issuer(@Nullable String v) { issuer = v; return this; }
    public Builder year(@Nullable Integer v) { year = v; return this; }
    public Builder format(ReportFormat v) { format = v; return this; }
    public Builder kind(ReportKind v) { kind = v; return this; }
    public Builder period(@Nullable Period v) { period = v; return this; }
    public Builder preamble(String v) { preamble = v; return this; }
    public Builder section(Section v) { sections.add(v); return this; }
    public Builder table(TableInfo v) { tables.put(v.key(), v); return this; }
    public Builder cell(String key, Cell v) { cells.put(key, v); return this; }
    public Builder cell(String key, long v) { cells.put(key, Cell.of(v)); return this; }
    public Builder fees(@Nullable Fees v) { fees = v; return this; }
    public Builder strayHeading(StrayHeading v) { strayHeadings.add(v); return this; }
    public Builder formatEvidence(String v) { formatEvidence.add(v); return this; }

    public AnnualReport build() {
      return new AnnualReport(title, issuer, year, format, kind, period, preamble, sections, tables,
          cells, fees, strayHeadings, formatEvidence);
    }
  }
}
