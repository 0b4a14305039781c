package dev.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xxgk.Severity;
import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An embedding application validates the model with plain Jakarta Bean Validation — the default
 * bootstrap, as in a Spring or Jakarta EE application — and gets the same defects as the facade.
 * Only {@code jakarta.validation} and the public {@code dev.xxgk} API are used here.
 */
class BeanValidationTest {

  private static AnnualReport reportWithBadTable4(String title) {
    return AnnualReport.builder().title(title).year(2024)
        .cell("t4.review.upheld", 1).cell("t4.review.corrected", 0).cell("t4.review.other", 0)
        .cell("t4.review.pending", 0).cell("t4.review.total", 3).build();
  }

  @Test
  void validatorReturnsEveryDefectWithRuleSeverityAndCellPath() {
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      Validator validator = f.getValidator();
      AnnualReport report = reportWithBadTable4("某局2024年政府信息公开工作年度报告");
      Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);

      assertThat(violations).hasSize(Xxgk.create().validate(report).size());
      ConstraintViolation<AnnualReport> v = violations.stream()
          .filter(x -> x.getMessage().startsWith("[t4.block-total]")).findFirst().orElseThrow();
      assertThat(v.getPropertyPath().toString()).contains("t4.review.total");
      assertThat(v.getMessage()).containsAnyOf("相差 2", "difference 2");
      DefectPayload payload = DefectPayload.of(v).orElseThrow();
      assertThat(payload.rule()).isEqualTo("t4.block-total");
      assertThat(payload.severity()).isEqualTo(Severity.ERROR);
      assertThat(payload.defect().expected()).isEqualByComparingTo("1");
    }
  }

  @Test
  void reportTextIsNeverEvaluatedAsAnExpression() {
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      AnnualReport report = reportWithBadTable4("${6*7}某局{x}政府信息公开报告\\");
      var titles = f.getValidator().validate(report).stream()
          .filter(v -> v.getMessage().startsWith("[meta.title]")).toList();
      assertThat(titles).singleElement()
          .satisfies(v -> assertThat(v.getMessage()).contains("${6*7}某局{x}").doesNotContain("42"));
    }
  }

  @Test
  void nullIsValid() {
    assertThat(new ConformsToRulePackValidator().isValid(null, null)).isTrue();
  }
}
