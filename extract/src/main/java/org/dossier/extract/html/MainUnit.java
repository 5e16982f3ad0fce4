package org.dossier.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which unit of a page is its main article: the unit whose headline the page's title names, else the unit
 * of its {@code h1} (a page whose h1 heads no unit has its main article outside them), else the leading
 * unit (the highest heading, first in the page, with a body of the weight of the others'). Stateless.
 */
final class MainUnit {
  /** Titles and headlines sharing this share of their words name the same article. */
  private static final double SAME_TITLE = 0.6;
  /** A line of at least this many words that ends a sentence is prose. */
  private static final int MIN_PROSE_WORDS = 8;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]['\"”’)]?$");

  private MainUnit() {}

  /** The index of the main unit, or -1 when the main article heads no unit. */
  static int pick(List<Units.Unit> units, List<UnitFacts> facts, Element h1, Title title, PageLines page) {
    for (int i = 0; i < units.size(); i++) if (title.names(facts.get(i).title())) return i;
    if (h1 != null) {
      for (int i = 0; i < units.size(); i++) {
        Element block = units.get(i).headline().block();
        if (isInside(block, h1)) return i;
      }
      return -1;
    }
    return leading(units, facts, page);
  }

  /** The unit that leads the page: little prose before its headline, the highest heading, a body of weight. */
  private static int leading(List<Units.Unit> units, List<UnitFacts> facts, PageLines page) {
    int most = 0;
    for (UnitFacts f : facts) most = Math.max(most, f.bodyChars());
    int[] prose = proseBefore(page);
    int best = -1;
    for (int i = 0; i < units.size(); i++) {
      int chars = facts.get(i).bodyChars();
      if (chars < Heuristics.MIN_UNIT_BODY || chars < most * Heuristics.LEADING_UNIT_SHARE
          || prose[units.get(i).headline().index()] > chars / 2) {
        continue;
      }
      if (best < 0 || units.get(i).headline().headingLevel() < units.get(best).headline().headingLevel()) best = i;
    }
    return best;
  }

  /** For each line, the characters of sentence-ending prose lines before it. */
  private static int[] proseBefore(PageLines page) {
    List<PageLines.Line> lines = page.lines();
    int[] out = new int[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      PageLines.Line l = lines.get(i);
      boolean prose = !l.caption() && l.words() >= MIN_PROSE_WORDS && SENTENCE_END.matcher(l.text()).find()
          && l.linkDensity() <= Heuristics.MAX_VOTING_LINK_DENSITY;
      out[i + 1] = out[i] + (prose ? l.text().length() : 0);
    }
    return out;
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) if (p == container) return true;
    return false;
  }

  /** The page's title, its words split once, to compare with every headline. */
  static final class Title {
    private final Set<String> words;
    private final int length;

    Title(String title) {
      this.words = title == null ? Set.of() : words(title);
      this.length = title == null ? 0 : title.length();
    }

    /** True when {@code headline} shares {@link #SAME_TITLE} of its words with the title. */
    boolean names(String headline) {
      if (words.isEmpty() || headline == null || headline.length() * 3 < length || headline.length() > length * 3) {
        return false; // too short or too long to share enough words
      }
      return overlaps(words, words(headline));
    }
  }

  /** Word overlap (Jaccard) of two titles at or above {@link #SAME_TITLE}. */
  static boolean sameTitle(String a, String b) {
    return overlaps(words(a), words(b));
  }

  private static boolean overlaps(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty() || Math.min(x.size(), y.size()) < SAME_TITLE * Math.max(x.size(), y.size())) {
      return false;
    }
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
