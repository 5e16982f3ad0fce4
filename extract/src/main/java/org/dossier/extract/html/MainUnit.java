package org.dossier.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which unit of a page is its main article: the unit whose headline the page's title names, else the unit
 * of its {@code h1} (a page whose h1 heads no unit has its main article outside them), else the leading
 * unit (the highest heading, first in the page, with a body of the weight of the others'). Stateless.
 */
final class MainUnit {
  /** Titles and headlines sharing this share of their words name the same article. */
  private static final double SAME_TITLE = 0.6;

  private MainUnit() {}

  /** The index of the main unit, or -1 when the main article heads no unit. */
  static int pick(List<Units.Unit> units, List<UnitFacts> facts, Element h1, String title) {
    if (title != null) {
      for (int i = 0; i < units.size(); i++) if (sameTitle(title, facts.get(i).title())) return i;
    }
    if (h1 != null) {
      for (int i = 0; i < units.size(); i++) {
        Element block = units.get(i).headline().block();
        if (isInside(block, h1)) return i;
      }
      return -1;
    }
    return leading(units, facts);
  }

  private static int leading(List<Units.Unit> units, List<UnitFacts> facts) {
    int most = 0;
    for (UnitFacts f : facts) most = Math.max(most, f.bodyChars());
    int best = -1;
    for (int i = 0; i < units.size(); i++) {
      int chars = facts.get(i).bodyChars();
      if (chars < Heuristics.MIN_UNIT_BODY || chars < most * Heuristics.LEADING_UNIT_SHARE) continue;
      if (best < 0 || units.get(i).headline().headingLevel() < units.get(best).headline().headingLevel()) best = i;
    }
    return best;
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) if (p == container) return true;
    return false;
  }

  /** Word overlap (Jaccard) of two titles at or above {@link #SAME_TITLE}. */
  static boolean sameTitle(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) return false;
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return both.size() >= SAME_TITLE * (x.size() + y.size() - both.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }
}
