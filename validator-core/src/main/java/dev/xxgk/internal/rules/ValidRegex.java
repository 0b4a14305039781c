package dev.xxgk.internal.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.PatternSyntaxException;

/** The annotated string must compile as a Java regular expression; null counts as valid. */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidRegex.Validator.class)
public @interface ValidRegex {
  String message() default "is not a valid regular expression";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compiles the pattern. */
  final class Validator implements ConstraintValidator<ValidRegex, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        java.util.regex.Pattern.compile(value);
        return true;
      } catch (PatternSyntaxException e) {
        return false;
      }
    }
  }
}
