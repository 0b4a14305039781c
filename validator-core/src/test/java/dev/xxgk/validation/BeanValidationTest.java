package dev.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.Severity;
import dev.xxgk.model.AnnualReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * An embedding application validates the model with plain Jakarta Bean Validation and gets the
 * same defects as the facade.
 */
class BeanValidationTest {

  private static AnnualReport reportWithBadTable4() {
    return AnnualReport.builder().title("某局2024年政府信息公开工作年度报告").year(2024)
        .cell("t4.review.upheld", 1).cell("t4.review.corrected", 0).cell("t4.review.other", 0)
        .cell("t4.review.pending", 0).cell("t4.review.total", 3).build();
  }

  @Test
  void validatorReturnsEveryDefectWithRuleSeverityAndCellPath() {
    try (ValidatorFactory f = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Validator validator = f.getValidator();
      AnnualReport report = reportWithBadTable4();
      Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);

      var facade = dev.xxgk.Xxgk.create().validate(report);
      assertThat(violations).hasSize(facade.size());
      ConstraintViolation<AnnualReport> v = violations.stream()
          .filter(x -> x.getMessage().startsWith("[t4.block-total]")).findFirst().orElseThrow();
      assertThat(v.getPropertyPath().toString()).contains("t4.review.total");
      assertThat(v.getMessage()).containsAnyOf("相差 2", "difference 2");
      HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
      DefectPayload payload = hv.getDynamicPayload(DefectPayload.class);
      assertThat(payload.rule()).isEqualTo("t4.block-total");
      assertThat(payload.severity()).isEqualTo(Severity.ERROR);
      assertThat(payload.defect().expected()).isEqualByComparingTo("1");
    }
  }

  @Test
  void nullIsValid() {
    assertThat(new ConformsToRulePackValidator().isValid(null, null)).isTrue();
  }
}
