package dev.xxgk.internal.rules;

import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells that must be zero for issuers whose name matches one of the patterns (e.g. 规章 counts of
 * townships and county-level bodies, which cannot make 规章). Blank and absent cells count as zero;
 * a report without an issuer is not checked. Location: the first non-zero cell.
 *
 * @param issuerPatterns regular expressions searched in the issuer's name
 * @param cells cell keys that must be zero
 */
public record IssuerScopeKind(@NotEmpty List<@ValidRegex String> issuerPatterns,
    @NotEmpty List<String> cells) implements RuleKind {

  @Override
  public void check(RuleContext ctx) {
    String issuer = ctx.report().issuer();
    if (issuer == null || issuerPatterns.stream().noneMatch(p -> Pattern.compile(p).matcher(issuer).find())) {
      return;
    }
    List<String> nonZero = cells.stream()
        .filter(k -> ctx.report().value(k).map(v -> v.signum() != 0).orElse(false)).toList();
    if (nonZero.isEmpty()) {
      return;
    }
    String listed = String.join("，", nonZero.stream()
        .map(k -> k + "=" + ctx.report().value(k).map(BigDecimal::toPlainString).orElse("")).toList());
    ctx.defect().at(ctx.cellLocation(nonZero.get(0))).arg("issuer", issuer).arg("cells", listed)
        .report();
  }

  @Override
  public List<String> cellRefs() {
    return cells;
  }
}
