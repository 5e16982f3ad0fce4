package org.dossier.extract.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag families the extractor reasons about. */
final class Tags {
  private Tags() {}

  /** Elements that flow inside a line; text in them belongs to the nearest block around them. */
  static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
      "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small",
      "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "#root");

  /** Paragraph-like blocks: their votes start at their parent. */
  static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "dd");

  /** Blocks whose own text never votes for a container (headings, list items, captions...). */
  static final Set<String> NON_VOTING = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "th", "button",
      "option", "figcaption", "caption", "address", "nav", "label", "legend", "summary");

  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Elements that are never page text. */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
      "object", "embed", "canvas", "video", "audio", "source", "track", "map", "button", "input", "select",
      "textarea", "option", "dialog", "link", "meta", "head", "picture");

  /** Page chrome by tag, dropped before scoring (kept in relaxed cleaning). */
  static final Set<String> CHROME = Set.of("nav", "footer", "aside", "form", "figure", "figcaption", "menu");

  /** Containers that are pruned as a whole when they look like link lists or widgets. */
  static final Set<String> PRUNABLE = Set.of("ul", "ol", "dl", "div", "section", "table", "header", "aside", "form",
      "fieldset", "span");

  /** The inside of a table. */
  static final Set<String> TABLE_PARTS = Set.of("thead", "tbody", "tfoot", "tr", "td", "th", "caption");

  static boolean isInline(Element e) {
    return INLINE.contains(e.normalName());
  }
}
