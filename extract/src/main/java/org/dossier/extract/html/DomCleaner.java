package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text. {@link #light} drops non-text elements (scripts, styles, forms
 * controls), comments and hidden elements; {@link #full} also drops chrome by tag, ARIA role and
 * class/id patterns, except elements that hold most of the page's prose, mark the article itself, or wrap
 * content blocks (data tables and their rows, quoted posts: see {@link ContentBlocks}).
 */
final class DomCleaner {
  private final Patterns patterns;

  DomCleaner(Patterns patterns) {
    this.patterns = patterns;
  }

  /**
   * Drops non-text elements, comments and hidden elements. A hidden element that holds most of the
   * page's prose stays: pages that stream their content in hidden blocks show it with a script.
   */
  void light(Element root) {
    List<Node> doomed = new ArrayList<>();
    List<Element> hidden = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) doomed.add(node);
        else if (node instanceof Element e && node != root) {
          if (Tags.NEVER_TEXT.contains(e.normalName())) doomed.add(node);
          else if (isHidden(e)) hidden.add(e);
        }
      }
    }, root);
    doomed.forEach(Node::remove);
    if (hidden.isEmpty()) return;
    NodeStats stats = NodeStats.of(root);
    int prose = Math.max(1, stats.prose(root));
    for (Element e : hidden) if (stats.prose(e) <= prose * Heuristics.PROTECTED_PROSE_SHARE) e.remove();
  }

  /** {@link #light} plus chrome by tag, role and class/id patterns. */
  void full(Element root) {
    light(root);
    NodeStats stats = NodeStats.of(root);
    int prose = Math.max(1, stats.prose(root));
    List<Element> doomed = new ArrayList<>();
    Map<Element, Boolean> dataTables = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      if (e == root || isProtected(e) || isDataTablePart(e, dataTables)) continue;
      if (isChrome(e) && stats.prose(e) <= prose * Heuristics.PROTECTED_PROSE_SHARE
          && !ContentBlocks.holdsContent(e, stats)) {
        doomed.add(e);
      }
    }
    doomed.forEach(Node::remove);
  }

  /** The article itself, its page body and containers marked as the article body are never dropped. */
  private static boolean isProtected(Element e) {
    String tag = e.normalName();
    return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
        || "articleBody".equals(e.attr("itemprop")) || "main".equals(e.attr("role"));
  }

  private boolean isChrome(Element e) {
    return Tags.CHROME.contains(e.normalName()) || patterns.isChromeRole(e.attr("role"))
        || "description".equals(e.attr("itemprop")) // the standfirst, left out of the text
        || patterns.judge(e) == Patterns.Verdict.CHROME;
  }

  /** Rows and cells of a data table are data whatever their classes say ("player-23" in a standings table). */
  private static boolean isDataTablePart(Element e, Map<Element, Boolean> known) {
    if (!Tags.TABLE_PARTS.contains(e.normalName())) return false;
    Element table = e.closest("table");
    return table != null && known.computeIfAbsent(table, ContentBlocks::isDataTable);
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
