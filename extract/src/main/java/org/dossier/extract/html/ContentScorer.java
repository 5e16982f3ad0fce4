package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article's container the way Readability does: every prose block votes for the containers
 * above it (more for long, comma-rich blocks, less the higher the container), votes are scaled down by
 * link density and shifted by class/id hints, then the winner may give way to a common ancestor and pull
 * in sibling blocks that look like more of the same article.
 */
final class ContentScorer {
  private final Patterns patterns;
  private final boolean classHints;

  /** @param classHints whether class/id patterns shift scores (off in the relaxed fallback) */
  ContentScorer(Patterns patterns, boolean classHints) {
    this.patterns = patterns;
    this.classHints = classHints;
  }

  /** The content elements in document order, or an empty list when no block votes. */
  List<Element> content(Element body, NodeStats stats) {
    Map<Element, Double> scores = vote(body, stats);
    if (scores.isEmpty()) return List.of();
    scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
    List<Element> ranked = new ArrayList<>(scores.keySet());
    ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
    Element top = expand(promote(ranked, scores, body), stats, body);
    return withSiblings(top, scores, stats);
  }

  private Map<Element, Double> vote(Element body, NodeStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (Tags.isInline(e) || Tags.NON_VOTING.contains(tag) || stats.own(e) < Heuristics.MIN_VOTING_BLOCK) continue;
      if (stats.ownLinkDensity(e) > Heuristics.MAX_VOTING_LINK_DENSITY) continue;
      double points = 1 + stats.ownCommas(e)
          + Math.min((double) stats.own(e) / Heuristics.CHARS_PER_LENGTH_POINT, Heuristics.MAX_LENGTH_POINTS);
      Element target = Tags.PARAGRAPHS.contains(tag) ? e.parent() : e;
      for (int level = 0; target != null && level < Heuristics.VOTE_LEVELS; level++) {
        if (target.normalName().equals("html") || target.normalName().equals("#root")) break;
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(target, points / divider, Double::sum);
        target = target.parent();
      }
    }
    scores.replaceAll((e, s) -> s + base(e));
    return scores;
  }

  /** Readability's starting score of a container: its tag and its class/id hints. */
  private double base(Element e) {
    double b = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) b += Heuristics.CLASS_WEIGHT;
    return classHints ? b + patterns.weight(e) : b;
  }

  /** A common ancestor of several near-best candidates, or a better-scored parent, replaces the top. */
  private static Element promote(List<Element> ranked, Map<Element, Double> scores, Element body) {
    Element top = ranked.get(0);
    double best = scores.get(top);
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
      if (scores.get(ranked.get(i)) >= best * Heuristics.ALTERNATIVE_SHARE) close.add(ranked.get(i));
    }
    if (close.size() >= Heuristics.ALTERNATIVES_TO_PROMOTE) {
      for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
        int inside = 0;
        for (Element c : close) if (isAncestor(p, c)) inside++;
        if (inside >= Heuristics.ALTERNATIVES_TO_PROMOTE) {
          top = p;
          break;
        }
      }
    }
    return climb(top, scores, body);
  }

  private static Element climb(Element top, Map<Element, Double> scores, Element body) {
    double last = scores.getOrDefault(top, 0.0);
    double floor = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      Double s = scores.get(p);
      if (s == null) continue;
      if (s < floor) break;
      if (s > last) {
        top = p;
        break;
      }
      last = s;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
    return top;
  }

  /**
   * Widens the top to its parent while what the parent adds is mostly prose: articles split into
   * sections or layout blocks sit further apart than the votes reach.
   */
  private static Element expand(Element top, NodeStats stats, Element body) {
    int enough = (int) (stats.prose(body) * Heuristics.EXPANSION_ENOUGH_SHARE);
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      int addedText = stats.text(p) - stats.text(top);
      int addedProse = stats.prose(p) - stats.prose(top);
      if (addedText <= Heuristics.EXPANSION_SLACK_CHARS) {
        top = p;
        continue;
      }
      if (stats.prose(top) >= enough || addedProse < addedText * Heuristics.EXPANSION_PROSE_SHARE
          || stats.linkDensity(p) > Heuristics.EXPANSION_MAX_LINK_DENSITY) {
        break;
      }
      top = p;
    }
    return top;
  }

  /**
   * The top candidate plus siblings that score well, read as prose paragraphs, or are prose blocks of the
   * same layout kind (page builders split one article into many sibling blocks), in document order.
   */
  private List<Element> withSiblings(Element top, Map<Element, Double> scores, NodeStats stats) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(Heuristics.MIN_SIBLING_SCORE, topScore * Heuristics.SIBLING_SHARE);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top || joins(s, top, threshold, topScore, scores, stats) || (sameKind(s, top) && isProse(s, stats))) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean joins(Element s, Element top, double threshold, double topScore, Map<Element, Double> scores,
      NodeStats stats) {
    double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
    Double score = scores.get(s);
    if (score != null && score + bonus >= threshold) return true;
    if (!s.normalName().equals("p")) return false;
    int len = stats.text(s);
    double density = stats.linkDensity(s);
    if (len > Heuristics.SIBLING_PARAGRAPH_CHARS) return density < Heuristics.SIBLING_PARAGRAPH_LINK_DENSITY;
    String text = s.text();
    return len > 0 && density == 0 && (text.endsWith(".") || text.contains(". "));
  }

  /** A block of the page layout that reads as more of the article: mostly prose, few links. */
  private static boolean isProse(Element s, NodeStats stats) {
    int text = stats.text(s);
    return text > 0 && stats.prose(s) >= text * Heuristics.SIBLING_PROSE_SHARE
        && stats.linkDensity(s) < Heuristics.SIBLING_PARAGRAPH_LINK_DENSITY;
  }

  /**
   * Blocks of one kind in a page layout: same tag and mostly the same class tokens, leaving aside numbered
   * tokens ("elementor-element-1a2b", "et_pb_text_3"), which name one block, and CSS utility tokens.
   */
  private boolean sameKind(Element a, Element b) {
    if (!a.normalName().equals(b.normalName())) return false;
    Set<String> mine = kind(a);
    Set<String> theirs = kind(b);
    int shared = 0;
    for (String c : mine) if (theirs.contains(c)) shared++;
    int all = mine.size() + theirs.size() - shared;
    return shared > 0 && shared >= all * Heuristics.SAME_KIND_SHARE;
  }

  private Set<String> kind(Element e) {
    Set<String> out = new HashSet<>();
    for (String c : e.classNames()) if (!hasDigit(c) && !patterns.isUtilityClass(c)) out.add(c);
    return out;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == a) return true;
    return false;
  }
}
