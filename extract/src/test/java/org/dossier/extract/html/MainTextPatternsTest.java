package org.dossier.extract.html;

import static org.dossier.extract.html.Pages.main;
import static org.dossier.extract.html.Pages.prose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.core.model.Article;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.api.Test;

/** What stays in an article's text and what goes, on small pages written for each pattern. */
class MainTextPatternsTest {
  @Test
  void standfirstIsLeftOut() throws PageProblem {
    String html = "<html><body><article><h1>Ferry fares to rise</h1>"
        + "<p class=article-dek>Commuters face a steep increase from April as fuel costs climb again.</p>"
        + "<h2 itemprop=description>The harbour council says it has no other choice this year.</h2>"
        + prose("the ferry fares") + prose("the timetable") + prose("the harbour") + "</article></body></html>";
    Article a = main(html);
    assertFalse(a.text().contains("Commuters face a steep increase"), a.text());
    assertFalse(a.text().contains("no other choice this year"), a.text());
    assertTrue(a.text().contains("discuss the ferry fares"), a.text());
  }

  @Test
  void commentThreadPingbacksAndLoadMoreChromeGo() throws PageProblem {
    String html = "<html><body><article><h1>Ferry fares to rise</h1>" + prose("the ferry fares")
        + prose("the timetable") + prose("the harbour")
        + "<p>Pingback: Weekly harbour roundup, with links to everything our readers shared this week</p>"
        + "<div class=comments><h3>12 Comments</h3><p>I have taken this ferry for twenty years and the service keeps"
        + " getting worse while the fares keep going up, which is a scandal.</p></div>"
        + "<p>Load more</p></article></body></html>";
    Article a = main(html);
    assertFalse(a.text().contains("Pingback"), a.text());
    assertFalse(a.text().contains("twenty years"), a.text());
    assertFalse(a.text().contains("Load more"), a.text());
  }

  @Test
  void subheadingsListsAndShortLinesOfTheBodyStay() throws PageProblem {
    String html = "<html><body><article><h1>Ferry fares to rise</h1>" + prose("the ferry fares")
        + "<h2>What changes for commuters</h2>" + prose("the season tickets")
        + "<ul><li>Single tickets rise to 4.20 euros.</li><li>Season tickets rise by a tenth.</li></ul>"
        + prose("the timetable") + "<p>The vote is final.</p></article></body></html>";
    Article a = main(html);
    assertTrue(a.text().contains("What changes for commuters"), a.text());
    assertTrue(a.text().contains("Single tickets rise to 4.20 euros."), a.text());
    assertTrue(a.text().contains("The vote is final."), a.text());
  }
}
