package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.SectionLabels;
import org.dossier.extract.meta.Stamp;
import org.jsoup.nodes.Element;

/**
 * Finds the units a page is built of, by structure alone: each headline (a heading, or a line that is a
 * link or bold text as a whole, shaped like a headline) and the largest container around it that holds
 * no other headline. When that container holds nothing but the headline's own lines, the siblings after
 * it join, up to the next sibling that holds a headline or opens a labelled section ("Related"). Whether a
 * unit is an article (it has a body and a stamp, outlet or byline) is {@link UnitReader}'s call.
 */
final class Units {
  /** Sentence punctuation that ends prose; headlines end without it (a question or quote may end one). */
  private static final Pattern PROSE_END = Pattern.compile("[.,;:…]['\"”’)]?$");

  /**
   * One unit.
   *
   * @param headline the headline line
   * @param parts the container, or the headline's container and the siblings that joined it, in order
   * @param lines the lines inside the parts, in order
   */
  record Unit(PageLines.Line headline, List<Element> parts, List<PageLines.Line> lines) {
    /**
     * True when siblings joined a bare headline. Such a unit can name the main article, but is never an
     * embedded one: a subheading in the main text and the paragraphs after it look just the same.
     */
    boolean joined() {
      return parts.size() > 1;
    }
  }

  private final Patterns patterns;

  Units(Patterns patterns) {
    this.patterns = patterns;
  }

  /** Every unit of the page under {@code body}, in page order, at most {@code max} of them. */
  List<Unit> find(Element body, PageLines page, int max) {
    List<PageLines.Line> heads = new ArrayList<>();
    for (PageLines.Line l : page.lines()) if (isHeadline(l)) heads.add(l);
    Map<Element, Integer> counts = new IdentityHashMap<>();
    for (PageLines.Line h : heads) {
      for (Element e = h.block(); e != null; e = e.parent()) counts.merge(e, 1, Integer::sum);
    }
    List<Unit> out = new ArrayList<>();
    for (PageLines.Line h : heads) {
      if (out.size() >= max) break;
      if (h.block() == null || h.block() == body) continue;
      Element box = h.block();
      while (box.parent() != null && box.parent() != body && counts.getOrDefault(box.parent(), 0) == 1
          && leadChars(page.inside(box.parent()), h) <= Heuristics.MAX_UNIT_LEAD) {
        box = box.parent();
      }
      out.add(unit(h, box, page, counts));
    }
    return out;
  }

  private Unit unit(PageLines.Line h, Element box, PageLines page, Map<Element, Integer> counts) {
    List<Element> parts = new ArrayList<>(List.of(box));
    List<PageLines.Line> lines = new ArrayList<>(page.inside(box));
    if (onlyHead(lines, h)) {
      int joined = 0;
      for (Element s = box.nextElementSibling(); s != null && joined < Heuristics.MAX_UNIT_SIBLINGS;
          s = s.nextElementSibling(), joined++) {
        if (counts.getOrDefault(s, 0) > 0 || opensSection(page.inside(s))) break;
        parts.add(s);
        lines.addAll(page.inside(s));
      }
    }
    return new Unit(h, List.copyOf(parts), List.copyOf(lines));
  }

  /**
   * Characters of the lines before the headline that could be prose: a unit opens with its headline or a
   * few short lines (a kicker, a source, a stamp), never with text that belongs to something before it.
   */
  private static int leadChars(List<PageLines.Line> lines, PageLines.Line h) {
    int chars = 0;
    for (PageLines.Line l : lines) {
      if (l.index() >= h.index()) break;
      if (!l.caption() && l.words() > Heuristics.MAX_SOURCE_WORDS) chars += l.text().length();
    }
    return chars;
  }

  /** True when no line after the headline could be body text. */
  private static boolean onlyHead(List<PageLines.Line> lines, PageLines.Line h) {
    int after = 0;
    for (PageLines.Line l : lines) if (l.index() > h.index() && !l.caption()) after += l.text().length();
    return after < Heuristics.MIN_UNIT_BODY;
  }

  /** A sibling whose first heading is a section label ("Related") opens another section. */
  private static boolean opensSection(List<PageLines.Line> lines) {
    for (PageLines.Line l : lines) {
      if (l.headingLevel() >= 1 && l.headingLevel() <= 6) return SectionLabels.of(l.text()) != null;
    }
    return false;
  }

  /** A heading, or a wholly linked or bold line, shaped like a headline and no section label. */
  boolean isHeadline(PageLines.Line l) {
    if (l.headingLevel() == 0 || l.caption() || l.links() > 1) return false;
    String s = l.text();
    int words = l.words();
    if (words < Heuristics.MIN_HEADLINE_WORDS || words > Heuristics.MAX_HEADLINE_WORDS
        || s.length() < Heuristics.MIN_HEADLINE_CHARS) {
      return false;
    }
    char first = s.charAt(0);
    boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'(".indexOf(first) >= 0;
    if (!opens || SectionLabels.of(s) != null || patterns.isChromeHeading(s)) return false;
    if (words <= Heuristics.MAX_SOURCE_WORDS && Outlets.standard().canonical(s) != null) return false; // a masthead
    // a heading may end as a sentence does; a link or bold line that does is a sentence in a teaser
    return (l.headingLevel() <= 6 || !PROSE_END.matcher(s).find()) && !isStamp(s);
  }

  /** A date set as a heading. */
  private static boolean isStamp(String s) {
    return Words.hasDigit(s) && Stamp.parse(s, Outlets.standard()) != null;
  }
}
