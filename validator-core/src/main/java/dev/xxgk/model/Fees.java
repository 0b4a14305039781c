package dev.xxgk.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The 信息处理费 statement of part 6, where stated; each field is null when the text does not say.
 *
 * @param notices 通知收取件数
 * @param notifiedAmount 通知收取金额, in 元
 * @param collectedAmount 实际收取金额, in 元
 * @param source where the statement was printed
 */
public record Fees(@Nullable Integer notices, @Nullable BigDecimal notifiedAmount,
    @Nullable BigDecimal collectedAmount, SourceRef source) {}
