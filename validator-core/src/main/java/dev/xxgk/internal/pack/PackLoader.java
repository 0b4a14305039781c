package dev.xxgk.internal.pack;

import dev.xxgk.internal.rules.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Loads rule packs from YAML, resolves overlays ({@code extends}, {@code disable}, {@code
 * severity}, rules replaced by id) and validates the result with Hibernate Validator. A broken pack
 * is a {@link PackException} naming the file, the line and the rule: never a silent no-op.
 */
public final class PackLoader {

  /** The national packs shipped in the {@code rules} module, base first. */
  public static final List<String> BUILT_IN = List.of("gov-2021", "gov-2019");

  private static final String RESOURCE_DIR = "dev/xxgk/rules/";

  private final PackYaml yaml = new PackYaml();
  private final Validator validator = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH,
          new org.hibernate.validator.spi.messageinterpolation.LocaleResolver() {
            @Override
            public Locale resolve(
                org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext c) {
              return Locale.ENGLISH;
            }
          }, false))
      .buildValidatorFactory().getValidator();

  /** Loads the built-in packs from the class path, each overlay after its parent. */
  public Map<String, RulePack> loadBuiltIn() {
    Map<String, RulePack> packs = new LinkedHashMap<>();
    for (String name : BUILT_IN) {
      String file = RESOURCE_DIR + name + ".yaml";
      try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new PackException(file, 0, "", "not found on the class path");
        }
        packs.put(name, load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            packs::get));
      } catch (IOException e) {
        throw new PackException(file, 0, "", "cannot be read: " + e.getMessage(), e);
      }
    }
    return packs;
  }

  /**
   * Loads one pack.
   *
   * @param file the file name for messages
   * @param text the YAML text
   * @param parents resolves the pack named by {@code extends}
   */
  public RulePack load(String file, String text, Function<String, @Nullable RulePack> parents) {
    PackFile parsed = yaml.parse(file, text);
    RulePack parent = null;
    if (parsed.extendsPack() != null) {
      parent = parents.apply(parsed.extendsPack());
      if (parent == null) {
        throw new PackException(file, 0, "", "extends unknown pack '" + parsed.extendsPack() + "'");
      }
    }
    RulePack pack = PackResolver.resolve(parsed, parent);
    validate(file, pack);
    return pack;
  }

  private void validate(String file, RulePack pack) {
    Set<ConstraintViolation<PackUnderTest>> violations = validator.validate(PackUnderTest.of(pack));
    if (violations.isEmpty()) {
      return;
    }
    ConstraintViolation<PackUnderTest> v = violations.stream()
        .min(java.util.Comparator.comparing(x -> x.getPropertyPath().toString())).orElseThrow();
    String path = v.getPropertyPath().toString();
    var m = java.util.regex.Pattern.compile("^rules\\[(\\d+)]\\.?(.*)").matcher(path);
    if (m.find()) {
      Rule r = pack.rules().get(Integer.parseInt(m.group(1)));
      String origin = r.origin();
      int line = Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
      String rest = m.group(2).replaceFirst("^kind", "params");
      throw new PackException(origin.substring(0, origin.lastIndexOf(':')), line, r.id(),
          (rest.isEmpty() ? "" : rest + ": ") + v.getMessage());
    }
    throw new PackException(file, 0, "", path + ": " + v.getMessage());
  }
}
