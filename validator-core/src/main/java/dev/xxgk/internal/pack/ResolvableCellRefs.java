package dev.xxgk.internal.pack;

import dev.xxgk.internal.rules.CellRefs;
import dev.xxgk.internal.rules.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cell a rule of the pack refers to must exist in the pack's own table layouts (or be a
 * part-6 fee field), after for-each bindings and wildcards are expanded. A null pack is valid.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResolvableCellRefs.Validator.class)
public @interface ResolvableCellRefs {
  String message() default "refers to a cell that no table of the pack has";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Expands and looks up every reference. */
  final class Validator implements ConstraintValidator<ResolvableCellRefs, PackUnderTest> {

    private static final Set<String> FEE_FIELDS =
        Set.of("fees.notices", "fees.notified_amount", "fees.collected_amount");

    @Override
    public boolean isValid(PackUnderTest value, ConstraintValidatorContext ctx) {
      if (value == null) {
        return true;
      }
      RulePack pack = value.pack();
      Set<String> known = new HashSet<>(FEE_FIELDS);
      pack.tables().forEach((t, spec) -> spec.cellKeys().forEach(k -> known.add(t + "." + k)));
      boolean ok = true;
      List<Rule> rules = pack.rules();
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        List<String> templates = rule.kind().cellRefs();
        if (templates.isEmpty()) {
          continue;
        }
        Map<String, Object> forEach = rule.kind() instanceof dev.xxgk.internal.rules.EquationKind e
            ? e.forEach() : null;
        for (var binding : CellRefs.bindings(forEach, pack.tables()::get)) {
          for (var ref : CellRefs.expand(templates, binding, pack.tables()::get)) {
            if (!known.contains(ref.key())) {
              ok = false;
              ctx.disableDefaultConstraintViolation();
              ctx.buildConstraintViolationWithTemplate("refers to unknown cell " + ref.key())
                  .addPropertyNode("rules[" + i + "]").addConstraintViolation();
            }
          }
        }
      }
      return ok;
    }
  }
}
