package org.dossier.core.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Span;

/**
 * How much work one page may cost: the time its annotation may take, and the characters of each article
 * that are annotated (the rest is kept as text, without facts). One pathological page (a 5 MB line, a
 * 200 MB HTML dump) must not stall a run, and the rule stages are not all linear in the text.
 *
 * @param time annotation time allowed per page; when it runs out the page keeps what was finished
 * @param maxChars characters of an article that are annotated; a longer article is annotated up to the
 *     last paragraph break (or space) before this offset
 */
public record PageBudget(Duration time, int maxChars) {
  /** About a minute and 100,000 characters: a long feature is 30,000, a news page's article 5,000. */
  public static final PageBudget DEFAULT = new PageBudget(Duration.ofSeconds(60), 100_000);
  /** No bounds (tests and evaluations that must see every fact of their small pages). */
  public static final PageBudget UNBOUNDED = new PageBudget(Duration.ofDays(365), Integer.MAX_VALUE);

  public PageBudget {
    if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("the time budget must be positive, not " + time);
    if (maxChars < 1000) throw new IllegalArgumentException("at least 1000 characters must be annotated, not " + maxChars);
  }

  /** The article as annotated: itself, or its text cut to the cap at a paragraph break or a space. */
  Article annotated(Article a) {
    if (a.text().length() <= maxChars) return a;
    int cut = cutPoint(a.text());
    List<Span> paragraphs = new ArrayList<>();
    for (Span p : a.paragraphs()) {
      if (p.end() <= cut) paragraphs.add(p);
      else if (p.begin() < cut) paragraphs.add(new Span(p.begin(), cut));
    }
    return new Article(a.id(), a.page(), a.role(), a.outlet(), a.url(), a.title(), a.authors(), a.published(),
        a.language(), a.text().substring(0, cut), paragraphs);
  }

  private int cutPoint(String text) {
    int paragraph = text.lastIndexOf("\n\n", maxChars);
    if (paragraph > maxChars / 2) return paragraph;
    int space = text.lastIndexOf(' ', maxChars);
    if (space > maxChars / 2) return space;
    return Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  }
}
