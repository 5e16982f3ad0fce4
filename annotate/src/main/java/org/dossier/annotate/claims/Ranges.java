package org.dossier.annotate.claims;

import java.util.List;
import java.util.Set;

/**
 * Two numbers stated together. A range ("30-60 per cent", "between 40 and 60 people", "24 to 36 hours",
 * "one-to-seven days") gives its low end as "at least" and its high end as "at most"; an alternative or a
 * change ("two or three days", "from 5 to 7 percent") only lends the second number's unit to the first.
 */
final class Ranges {
  private static final Set<String> RANGE_OPENERS =
      Set.of("a", "an", "the", "of", "(", "[", "is", "was", "are", "were", "be", "been", "at", "between");
  private Ranges() {}

  /**
   * The second number and whether the pair is a range.
   *
   * @param second token where the second number (or its currency sign) starts
   * @param range true for a range, false when the first only takes the second's unit
   */
  record Link(int second, boolean range) {}

  /**
   * The number linked to a first number whose hedge starts at {@code qualStart}, whose value ends at
   * {@code valueLast} and whose own written unit (sign, measure word) ends at {@code unitLast} (-1: none).
   */
  static Link after(List<Tok> t, int qualStart, int valueLast, int unitLast) {
    int k = (unitLast >= 0 ? unitLast : valueLast) + 1;
    if (k + 1 >= t.size()) return null;
    boolean between = qualStart > 0 && t.get(qualStart - 1).lower().equals("between");
    boolean from = qualStart > 0 && t.get(qualStart - 1).lower().equals("from");
    String c = t.get(k).lower();
    if (isDash(c) && k + 3 < t.size() && t.get(k + 1).lower().equals("to") && isDash(t.get(k + 2).lower())) {
      return numberAt(t, k + 3) ? new Link(k + 3, true) : null; // "one-to-seven days"
    }
    boolean glued = t.get(k).glued() && t.get(k + 1).glued();
    if (c.equals("-") && glued || c.equals("\u2013") || c.equals("\u2014") && glued) {
      return numberAt(t, k + 1) && !from ? new Link(k + 1, true) : null; // "30-60", "0.6%-0.7%"
    }
    if (c.equals("-") && between) return numberAt(t, k + 1) ? new Link(k + 1, true) : null; // "between 10 - 20"
    if (c.equals("and") && between) return numberAt(t, k + 1) ? new Link(k + 1, true) : null;
    if (c.equals("to") && (unitLast < 0 || opensRange(t, qualStart))) {
      return numberAt(t, k + 1) ? new Link(k + 1, !from) : null;
    }
    if (c.equals("or") && unitLast < 0) return numberAt(t, k + 1) ? new Link(k + 1, false) : null;
    return null;
  }

  /**
   * "a 0.6% to 0.7% headwind", "growth of 5% to 7%": words before a measured number that make "to" a range;
   * after a verb ("rose 5% to 60%") the first is a change and the second a level.
   */
  private static boolean opensRange(List<Tok> t, int qualStart) {
    return qualStart > 0 && RANGE_OPENERS.contains(t.get(qualStart - 1).lower());
  }

  private static boolean isDash(String s) {
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  private static boolean numberAt(List<Tok> t, int i) {
    if (i >= t.size()) return false;
    if (Units.currencyStart(t, i) >= 0) return true;
    return t.get(i).isDigits() || NumberReader.isNumberWord(t.get(i).lower());
  }
}
