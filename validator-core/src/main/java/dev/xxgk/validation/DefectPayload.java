package dev.xxgk.validation;

import dev.xxgk.Defect;
import dev.xxgk.Severity;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The dynamic payload of a violation raised by {@link ConformsToRulePack}: which rule, how
 * serious, and the whole defect.
 *
 * @param rule the rule id
 * @param severity the defect's severity
 * @param defect the defect itself
 */
public record DefectPayload(String rule, Severity severity, Defect defect) {

  /**
   * The payload of a violation raised by {@link ConformsToRulePack}, so that callers need only the
   * Jakarta API; empty for any other violation.
   */
  public static Optional<DefectPayload> of(ConstraintViolation<?> violation) {
    HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
    return Optional.ofNullable(hv.getDynamicPayload(DefectPayload.class));
  }
}
