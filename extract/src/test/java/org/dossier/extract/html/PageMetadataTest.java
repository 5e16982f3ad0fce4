package org.dossier.extract.html;

import static org.dossier.extract.html.Pages.main;
import static org.dossier.extract.html.Pages.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.api.Test;

/** Titles, authors, dates and outlets of small pages written for each pattern and its trap. */
class PageMetadataTest {
  private static final String BODY = prose("the harbour") + prose("the ferry fares") + prose("the timetable");

  private static String page(String head, String top) {
    return "<html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/local>Local</a></nav><main><article>"
        + top + BODY + "</article></main><footer>Contact us</footer></body></html>";
  }

  @Test
  void titleLosesTheSiteNameSuffixAndPrefix() throws PageProblem {
    String head = "<title>Ferry fares to rise in spring | Harbour Gazette</title>"
        + "<meta property=og:site_name content='Harbour Gazette'>";
    assertEquals("Ferry fares to rise in spring", main(page(head, "")).title());
    assertEquals("Ferry fares to rise in spring",
        main(page("<title>Harbour Gazette - Ferry fares to rise in spring</title>"
            + "<meta property=og:site_name content='Harbour Gazette'>", "")).title());
  }

  @Test
  void sectionOrSiteNameInH1NeverWins() throws PageProblem {
    String head = "<title>Ferry fares to rise in spring | Local News | Harbour Gazette</title>"
        + "<meta property=og:title content='Ferry fares to rise in spring'>";
    assertEquals("Ferry fares to rise in spring", main(page(head, "<h1>Local News</h1>")).title());
    assertEquals("Ferry fares to rise in spring", main(page(head, "<h1>Harbour Gazette</h1>")).title());
    assertEquals("Ferry fares to rise in spring", main(page(head, "<h1>Hi, I'm the editor.</h1>")).title());
  }

  @Test
  void visibleHeadlineWinsWhenTheTitleAgrees() throws PageProblem {
    // the social title is a shorter rewrite; the page title and the h1 agree on the printed headline
    String head = "<title>Council to raise ferry fares by a fifth from April - Harbour Gazette</title>"
        + "<meta property=og:title content='Ferry fares going up'>"
        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Council to raise ferry fares by a"
        + " fifth\"}</script>";
    String top = "<h1>Council to raise ferry fares by a fifth from April</h1>";
    assertEquals("Council to raise ferry fares by a fifth from April", main(page(head, top)).title());
  }

  @Test
  void headlineAboveTheProseWhenThePageMarksNone() throws PageProblem {
    String html = "<html><head><title>Harbour Gazette - Local News</title></head><body><table><tr><td>"
        + "<font size=2>LOCAL NEWS</font><br><font size=5><b>Ferry fares to rise by a fifth in April</b></font><br>"
        + "<font size=1>By MARA QUINLAN<br>Gazette Staff Writer</font>" + BODY + "</td></tr></table></body></html>";
    Article a = main(html);
    assertEquals("Ferry fares to rise by a fifth in April", a.title());
    assertEquals(List.of("Mara Quinlan"), a.authors());
  }

  @Test
  void bylinesGivePersonsWithoutDatesRolesOrAgencies() throws PageProblem {
    assertEquals(List.of("Tomas Berg", "Ines Calder"),
        main(page("", "<h1>Ferry fares rise</h1><div class=byline>By TOMAS BERG and INES CALDER<br>Gazette staff</div>"))
            .authors());
    assertEquals(List.of("Tomas Berg"),
        main(page("", "<h1>Ferry fares rise</h1><span class=author-name>Tomas Berg - Apr 16</span>")).authors());
    assertEquals(List.of("Ines Calder"),
        main(page("", "<h1>Ferry fares rise</h1><p class=meta-author>Ines Calder • 8h</p>")).authors());
    assertEquals(List.of(),
        main(page("", "<h1>Ferry fares rise</h1><a rel=author href=/ap>Associated Press</a>")).authors());
    assertEquals(List.of(), main(page("<meta name=author content=FAIL>", "<h1>Ferry fares rise</h1>")).authors());
    assertEquals(List.of(), main(page("<meta property=og:site_name content='Harbour Gazette'>",
        "<h1>Ferry fares rise</h1><a rel=author href=/a>by Harbour Gazette Weekly</a>")).authors());
  }

  @Test
  void bylinesOfTeasersAndCommentsAreNotTheArticles() throws PageProblem {
    String html = "<html><body><main><article><h1>Ferry fares rise</h1>" + BODY + "</article>"
        + "<div class=comments><div class=comment-author>By Rolf Ekman</div><p>Great article.</p></div></main>"
        + "<aside><article><h3>Bus lanes open</h3><div class=byline>By Selma Ruud</div></article></aside></body></html>";
    assertEquals(List.of(), main(html).authors());
  }

  @Test
  void publishedIsNotTheUpdate() throws PageProblem {
    String head = "<meta property=article:modified_time content='2025-03-14T09:00:00+01:00'>"
        + "<meta property=article:published_time content='2025-03-12T18:30:00+01:00'>";
    assertEquals("2025-03-12T18:30", main(page(head, "<h1>Ferry fares rise</h1>")).published().iso());
    String shown = "<h1>Ferry fares rise</h1><div class=date-updated>Updated March 14, 2025 9:00 AM</div>"
        + "<div class=date-published>March 12, 2025 6:30 PM</div>";
    assertEquals("2025-03-12T18:30", main(page("", shown)).published().iso());
  }

  @Test
  void utcMetaAndLocalVisibleTimeKeepThePrintedClock() throws PageProblem {
    String head = "<meta property=article:published_time content='2025-03-12T23:30:00Z'>";
    String top = "<h1>Ferry fares rise</h1><span class=timestamp>6:30 pm EST, Wednesday, March 12, 2025</span>";
    assertEquals("2025-03-12T18:30", main(page(head, top)).published().iso());
    // the same instant printed the next day in a zone east of UTC keeps the printed day
    String east = "<h1>Ferry fares rise</h1><span class=timestamp>13 March 2025 08:30</span>";
    assertEquals("2025-03-13T08:30", main(page(head, east)).published().iso());
  }

  @Test
  void disagreeingVisibleAndMachineTimesKeepThePrintedDay() throws PageProblem {
    String head = "<meta property=article:published_time content='2025-03-12T18:31:07-05:00'>";
    String top = "<h1>Ferry fares rise</h1><div class=story-timestamp>Mar. 12, 2025 6:34 PM EST</div>";
    assertEquals("2025-03-12", main(page(head, top)).published().iso());
  }

  @Test
  void splitCalendarStampAndStrayTeaserDates() throws PageProblem {
    String top = "<h1>Ferry fares rise</h1><div class=date><div>March 12</div>\n<div><span>18:30</span>\n"
        + "<span>2025</span></div></div>";
    assertEquals("2025-03-12T18:30", main(page("", top)).published().iso());
    String head = "<meta property=article:published_time content='2025-03-12T18:30:00+01:00'>";
    String stray = "<div class=timestamp>January 3, 2019</div><h1>Ferry fares rise</h1>";
    assertEquals("2025-03-12T18:30", main(page(head, stray)).published().iso());
  }

  @Test
  void outletIsNeverAHostLabelOrUrl() throws PageProblem {
    String hosted = "<meta property=og:site_name content=Hosted>"
        + "<link rel=canonical href='https://hosted.apnews.com/partner/article/ferry-fares'>";
    assertEquals("Associated Press", main(page(hosted, "<h1>Ferry fares rise</h1>")).outlet());
    String url = "<meta property=og:site_name content='https://harbourgazette.example'>";
    assertNull(main(page(url, "<h1>Ferry fares rise</h1>")).outlet());
    String lower = "<meta property=og:site_name content=hg><link rel=canonical href='https://hg.example/a/1'>";
    assertNull(main(page(lower, "<h1>Ferry fares rise</h1>")).outlet());
    String own = "<meta property=og:site_name content='Harbour Gazette'>"
        + "<link rel=canonical href='https://news.harbourgazette.example/a/1'>";
    assertEquals("Harbour Gazette", main(page(own, "<h1>Ferry fares rise</h1><div class=byline>By Reuters</div>")).outlet());
  }

  @Test
  void aggregatorCopyIsCreditedToItsProvider() throws PageProblem {
    String head = "<meta property=og:site_name content=MSN><link rel=canonical href='https://www.msn.com/en-us/news/x'>";
    String top = "<h1>Ferry fares rise</h1><div class=provider>Story by Ines Calder</div>"
        + "<p class=credit>© Provided by Agence France-Presse</p>";
    assertEquals("Agence France-Presse", main(page(head, top)).outlet());
    assertEquals("The Guardian", main(page("<link rel=canonical href='https://www.theguardian.com/world/x'>",
        "<h1>Ferry fares rise</h1>")).outlet());
  }
}
