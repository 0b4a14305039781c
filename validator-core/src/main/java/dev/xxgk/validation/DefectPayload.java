package dev.xxgk.validation;

import dev.xxgk.Defect;
import dev.xxgk.Severity;

/**
 * The dynamic payload of a violation raised by {@link ConformsToRulePack}: which rule, how
 * serious, and the whole defect.
 *
 * @param rule the rule id
 * @param severity the defect's severity
 * @param defect the defect itself
 */
public record DefectPayload(String rule, Severity severity, Defect defect) {}
