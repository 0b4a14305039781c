package dev.xxgk.validation;

import dev.xxgk.Defect;
import dev.xxgk.Location;
import dev.xxgk.Xxgk;
import dev.xxgk.model.AnnualReport;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the rule engine for {@link ConformsToRulePack} and turns each defect into a violation.
 * Uses the process-wide {@link Xxgk#shared()} instance, so packs load once.
 */
public final class ConformsToRulePackValidator
    implements ConstraintValidator<ConformsToRulePack, AnnualReport> {

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Xxgk xxgk = Xxgk.shared();
    List<Defect> defects = xxgk.validate(report);
    if (defects.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Locale locale = Locale.getDefault().getLanguage().equals("en") ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
    for (Defect d : defects) {
      String message = "[" + d.rule() + "] " + xxgk.message(d, locale);
      var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate.withDynamicPayload(new DefectPayload(d.rule(), d.severity(), d));
      var builder = hibernate.buildConstraintViolationWithTemplate(escape(message));
      Location l = d.location();
      if (l.cell() != null) {
        builder.addPropertyNode("cells").addPropertyNode(l.cell()).addConstraintViolation();
      } else if (l.table() != null) {
        builder.addPropertyNode("tables").addPropertyNode(l.table()).addConstraintViolation();
      } else if (l.part() != null && l.part() > 0) {
        builder.addPropertyNode("sections").addPropertyNode(String.valueOf(l.part()))
            .addConstraintViolation();
      } else {
        builder.addConstraintViolation();
      }
    }
    return false;
  }

  /** Message text is literal: braces and dollars must not be read as template expressions. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
