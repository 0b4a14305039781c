package dev.xxgk.internal.read.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What counts as page chrome, and which elements start a new block of text.
 *
 * <ul>
 *   <li><b>Always dropped</b> with everything inside: scripts, styles, {@code nav}, {@code
 *       footer}, {@code noscript}, frames, embedded objects, form controls, {@code marquee}.
 *   <li><b>Soft chrome</b>, dropped unless it holds report content (see {@link
 *       ContentSelector}): {@code form} (ASP.NET portals wrap the whole page in one), {@code
 *       header} (an article's header holds the report title), {@code aside}, {@code menu},
 *       block elements whose {@code id} or {@code class} names navigation, menus, breadcrumbs,
 *       footers, sidebars, share bars, banners or search boxes, and hidden block elements
 *       ({@code display:none}, {@code visibility:hidden}, {@code mso-hide:all}, {@code hidden}).
 *   <li>Hidden inline elements are dropped with their text.
 * </ul>
 */
final class ChromeRules {

  private static final Set<String> ALWAYS_DROPPED = Set.of(
      "script", "style", "noscript", "iframe", "frame", "frameset", "nav", "footer", "template",
      "object", "embed", "applet", "svg", "canvas", "select", "option", "optgroup", "datalist",
      "button", "input", "textarea", "marquee", "audio", "video", "map", "dialog", "head",
      "title", "meta", "link", "base");

  private static final Set<String> SOFT_TAGS = Set.of("form", "header", "aside", "menu");

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
      "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul", "xmp");

  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?:^|[-_])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|bread|footer|foot"
          + "|copyright|sidebar|share|toolbar|topbar|banner|skip|login|search|searchbox)"
          + "(?:$|[-_\\d])"
          + "|^(?:bdshare|bshare|breadcrumb|crumb|footer|copyright|sidebar|navbar|topnav|subnav"
          + "|mainnav)");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display:none|visibility:hidden|mso-hide:all");

  private ChromeRules() {}

  static boolean isAlwaysDropped(String tag) {
    return ALWAYS_DROPPED.contains(tag);
  }

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  /** True for a hidden element that is not a block: dropped at once with its text. */
  static boolean isHiddenInline(Element e) {
    return !isBlock(e.normalName()) && isHidden(e);
  }

  /** True for a block element that is chrome unless it turns out to hold report content. */
  static boolean isSoftChrome(Element e) {
    String tag = e.normalName();
    if (SOFT_TAGS.contains(tag)) {
      return true;
    }
    return isBlock(tag) && (isHidden(e) || hasChromeName(e));
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty()
        && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "")).find();
  }

  private static boolean hasChromeName(Element e) {
    String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    for (String token : names.split("\\s+")) {
      if (!token.isEmpty() && CHROME_NAME.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }
}
