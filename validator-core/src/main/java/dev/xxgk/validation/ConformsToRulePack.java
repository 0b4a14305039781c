package dev.xxgk.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated report must pass the built-in rule packs: {@code Validator.validate(report)}
 * returns one {@code ConstraintViolation} per defect, with the defect's message, the cell (or part)
 * in the property path ({@code cells[t3.received.total]}, {@code sections[5]}), and the rule id and
 * severity in the dynamic payload ({@link DefectPayload}). A null report is valid.
 *
 * <p>Messages are rendered in the validator's locale when it is English, else in Chinese.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConformsToRulePackValidator.class)
public @interface ConformsToRulePack {

  String message() default "does not conform to the xxgk rule packs";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
