package org.dossier.core.pipeline;

import java.util.ArrayList;
import java.util.List;

/** What a page's budget cut short, gathered while its articles are annotated, as one warning outcome. */
final class BudgetNotes {
  private final PageBudget budget;
  private final int articles;
  private final List<String> capped = new ArrayList<>();
  private int done;
  private String stoppedIn;
  private int stoppedArticle;

  BudgetNotes(PageBudget budget, int articles) {
    this.budget = budget;
    this.articles = articles;
  }

  void capped(int chars, int annotated) {
    capped.add("article " + (done + 1) + " has " + chars + " characters; facts were sought in its first " + annotated);
  }

  /** The time ran out before (or during) the named annotator of the current article. */
  void outOfTime(String annotator) {
    if (stoppedIn == null) {
      stoppedIn = annotator;
      stoppedArticle = done + 1;
    }
  }

  /** Whether the time has run out (the rest of the page is not annotated). */
  boolean outOfTime() {
    return stoppedIn != null;
  }

  void articleDone() {
    done++;
  }

  /** Ok when nothing was cut; else a warning whose code says which bound bit. */
  Outcome outcome(String page) {
    if (stoppedIn == null && capped.isEmpty()) return Outcome.ok(page);
    List<String> parts = new ArrayList<>();
    if (stoppedIn != null) {
      parts.add("annotation stopped at the page's time budget of " + budget.time().toSeconds() + " s, in '" + stoppedIn
          + "' of article " + stoppedArticle + " of " + articles + "; later facts were left out, every article's text is stored");
    }
    parts.addAll(capped);
    return Outcome.warning(page, "annotate", stoppedIn != null ? "time-budget" : "capped", String.join("; ", parts));
  }
}
