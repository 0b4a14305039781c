package dev.xxgk.internal.rules;

import dev.xxgk.internal.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The title must read {@code <issuer><year>年(度)政府信息公开工作年度报告}. No title found, or a
 * title without issuer or year, is reported. Location: none (the title line is where extraction
 * found it).
 */
public record TitleKind() implements RuleKind {

  static final Pattern FORM = Pattern.compile("^(.+?)(\\d{4})年度?政府信息公开工作年度报告$");

  @Override
  public void check(RuleContext ctx) {
    String title = ctx.report().title();
    if (title == null || title.isBlank()) {
      ctx.defect().variant("missing").report();
      return;
    }
    if (!FORM.matcher(Normalizer.label(title)).matches()) {
      ctx.defect().variant("form").arg("title", title).report();
    }
  }
}
