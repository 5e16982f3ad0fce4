package org.dossier.extract.html;

import static org.dossier.extract.html.Pages.extract;
import static org.dossier.extract.html.Pages.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.ExtractResult;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.api.Test;

/**
 * One small page per multi-article layout (in {@code layouts/}), each found by structure: the units a page
 * repeats, with a headline, a body and a stamp, outlet or byline, and the traps beside them (headline-only
 * lists, subheadings of the main text, a thousand teasers).
 */
class SegmentationLayoutsTest {

  @Test
  void liveBlogEntriesAreFeedItemsDatedByThePage() throws Exception {
    List<Article> all = fixture("live-blog.html");
    Article main = role(all, Role.MAIN).get(0);
    assertEquals("Dock workers walk out as port talks collapse", main.title());
    assertEquals("2025-03-03", main.published().iso());
    assertEquals(List.of("Mara Velasquez"), main.authors(), "a live page's editor signs its summary");
    assertTrue(main.text().contains("About 2,400 dock workers stopped work"), main.text());
    assertFalse(main.text().contains("Shipping firms"), "an entry leaked into the main text: " + main.text());
    List<Article> feed = role(all, Role.FEED);
    assertEquals(List.of("Shipping firms warn of week-long delays", "Union rejects final pay offer",
        "Picket lines form at the main gate"), feed.stream().map(Article::title).toList());
    assertEquals("2025-03-03T14:05", feed.get(0).published().iso());
    // no <time> element: the printed time of day takes the page's date
    assertEquals("2025-03-03T12:40", feed.get(1).published().iso());
    assertEquals(List.of("Tomas Lindqvist"), feed.get(1).authors());
    assertFalse(feed.get(1).text().contains("Tomas"), feed.get(1).text());
    assertEquals("Coastline Post", feed.get(2).outlet());
  }

  @Test
  void teasersWithBodiesAreRelatedAndHeadlineListsAreNot() throws Exception {
    List<Article> all = fixture("teasers.html");
    List<Article> related = role(all, Role.RELATED);
    assertEquals(2, related.size(), all.toString());
    assertEquals("Reservoir levels fall to their lowest point in a decade", related.get(0).title());
    assertEquals("2025-04-02", related.get(0).published().iso());
    assertEquals("Valley Herald", related.get(0).outlet());
    assertTrue(related.get(1).text().startsWith("A report by state inspectors"), related.get(1).text());
    assertEquals(3, all.size(), "the most-read headlines are no articles: " + all);
    Article main = role(all, Role.MAIN).get(0);
    assertEquals("2025-04-14T08:30", main.published().iso());
    assertFalse(main.text().contains("reservoir"), main.text());
  }

  @Test
  void latestItemsWithBodiesAreFeedItemsAndBareHeadlinesAreNot() throws Exception {
    List<Article> all = fixture("latest.html");
    List<Article> feed = role(all, Role.FEED);
    assertEquals(3, feed.size(), all.toString());
    assertEquals("Ferry fares to rise by 6% from June", feed.get(1).title());
    assertEquals("2025-05-19T17:55", feed.get(2).published().iso(), "the machine time fills in 'Yesterday'");
    assertTrue(all.stream().noneMatch(a -> a.title() != null && a.title().contains("harbour bridge")), all.toString());
  }

  @Test
  void aggregatorCardsKeepTheirOwnOutletsAndRelativeAges() throws Exception {
    List<Article> all = fixture("aggregator.html");
    Article main = role(all, Role.MAIN).get(0);
    assertEquals("Central bank keeps interest rates on hold for a third month", main.title());
    assertFalse(main.text().contains("remortgage"), main.text());
    List<Article> cards = role(all, Role.RELATED);
    assertEquals(List.of("Reuters", "Harbor City Ledger", "Bloomberg"), cards.stream().map(Article::outlet).toList());
    assertNull(cards.get(0).published(), "'3h' without a fetch time dates nothing");
    RawPage fetched = new RawPage("agg.html", new Provenance("agg.html", -1, null, Instant.parse("2025-07-10T12:30:00Z")),
        PageFormat.HTML, read("aggregator.html"), null, false);
    List<Article> again = role(Pages.EXTRACTOR.extract(fetched), Role.RELATED);
    assertEquals("2025-07-10T09:30", again.get(0).published().iso());
    assertEquals("2025-07-09", again.get(2).published().iso());
  }

  @Test
  void twoStoriesOfEqualWeightAreMainAndRelated() throws Exception {
    List<Article> all = fixture("two-stories.html");
    assertEquals(2, all.size(), all.toString());
    Article main = all.get(0);
    assertEquals(Role.MAIN, main.role());
    assertEquals("Storm damage closes the lakeside promenade", main.title());
    assertEquals(List.of("Hannah Okoye"), main.authors());
    assertFalse(main.text().contains("school board"), main.text());
    Article second = all.get(1);
    assertEquals("School board delays vote on new term dates", second.title());
    assertEquals(List.of("Luis Ferreira"), second.authors());
    assertEquals("2025-06-06", second.published().iso(), "a story of the same issue takes the issue's date");
  }

  @Test
  void creditLinesGiveTheSourceAndADayWithoutItsYear() throws PageProblem {
    String teasers = "<section><h2>Related stories</h2>"
        + "<div class=t><h3><a href=/1>Ferry operator cancels winter timetable</a></h3><p>KYODO, Nov 1</p>"
        + "<p>The operator said it had too few crews to run the winter service and would refund passengers who had"
        + " bought season tickets.</p></div>"
        + "<div class=t><h3><a href=/2>Island school to close at the end of term</a></h3><p>Reuters 3h</p>"
        + "<p>Parents were told on Friday that the school would shut in December because only nine pupils remain"
        + " on its roll.</p></div></section>";
    List<Article> all = extract("<html><head><meta property='article:published_time' content='2025-11-02'></head>"
        + "<body><article><h1>Storm warning issued for the islands</h1>" + prose("the storm") + prose("the ferries")
        + prose("the harbour") + "</article>" + teasers + "</body></html>");
    List<Article> related = role(all, Role.RELATED);
    assertEquals(2, related.size(), all.toString());
    assertEquals("KYODO", related.get(0).outlet());
    assertEquals("2025-11-01", related.get(0).published().iso());
    assertEquals("Reuters", related.get(1).outlet());
  }

  @Test
  void wholeCardLinksKeepTheirSummaryAndDeskBylinesNameTheReporter() throws PageProblem {
    String cards = "<section><h2>More for you</h2>"
        + "<div class=c><a href=/c/1><h3>Wind farm approved off the northern cape</h3>"
        + "<p>Regulators cleared the project after a two-year review, and construction is due to start next spring.</p></a>"
        + "<p>From the Harbour Times' Ola Brandt</p><span>June 2, 2025</span></div>"
        + "<div class=c><a href=/c/2><h3>Fishing crews fear new limits on the bay</h3>"
        + "<p>Skippers said the proposed quotas would halve their catch and called for a meeting with ministers.</p></a>"
        + "<span>June 1, 2025</span></div>"
        + "<div class=c><a href=/c/3><h3>Weekend weather looks mild along the coast</h3></a><span>June 1, 2025</span></div>"
        + "</section>";
    List<Article> all = extract("<html><body><article><h1>Port expansion wins final approval</h1>" + prose("the port")
        + prose("the dredging") + prose("the jobs") + "</article>" + cards + "</body></html>");
    List<Article> related = role(all, Role.RELATED);
    assertEquals(2, related.size(), "the headline-only card is no article: " + all);
    assertTrue(related.get(0).text().startsWith("Regulators cleared the project"), related.get(0).text());
    assertEquals(List.of("Ola Brandt"), related.get(0).authors());
    assertEquals("2025-06-01", related.get(1).published().iso());
  }

  @Test
  void subheadingsOfTheMainTextStayInIt() throws PageProblem {
    String body = "<article><h1>How the new budget changes school funding</h1><p>By Dana Kim</p>"
        + "<p>June 3, 2025</p>" + prose("the budget") + "<h2>What changes for primary schools</h2>" + prose("primary schools")
        + "<p>Updated June 4, 2025</p>" + "<h2>Monday, June 2, 2025</h2>" + prose("the first vote")
        + "<h2>What happens next for secondary schools</h2>" + prose("secondary schools") + "</article>";
    List<Article> all = extract("<html><body>" + body + "</body></html>");
    assertEquals(1, all.size(), all.toString());
    assertTrue(all.get(0).text().contains("discuss primary schools") && all.get(0).text().contains("discuss the first vote"),
        all.get(0).text());
  }

  @Test
  void aThousandTeasersAreCappedAndSaidSo() throws PageProblem {
    StringBuilder html = new StringBuilder("<html><body><article><h1>Council publishes its annual report</h1>")
        .append(prose("the report")).append(prose("the accounts")).append(prose("the audit"))
        .append("</article><section><h2>Related stories</h2><ul>");
    for (int i = 0; i < 1000; i++) {
      html.append("<li><h3><a href=/t/").append(i).append(">Neighbourhood update number ").append(i)
          .append(" from the district office</a></h3><span>May 4, 2025</span><p>Residents of district ").append(i)
          .append(" were told that street cleaning will move to Thursdays, the district office said.</p></li>");
    }
    html.append("</ul></section></body></html>");
    long start = System.nanoTime();
    ExtractResult r = Pages.EXTRACTOR.extractNoting(Pages.page(html.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1 + Heuristics.MAX_SEGMENTS, r.articles().size());
    assertEquals(1, r.warnings().size());
    assertEquals("capped", r.warnings().get(0).code());
    assertTrue(r.warnings().get(0).message().contains("of 1000"), r.warnings().get(0).message());
    assertFalse(r.articles().get(0).text().contains("street cleaning"), "capped teasers stay out of the main text");
    assertTrue(millis < 5_000, "took " + millis + " ms");
  }

  private static List<Article> role(List<Article> all, Role role) {
    return all.stream().filter(a -> a.role() == role).toList();
  }

  private static List<Article> fixture(String name) throws IOException, PageProblem {
    return Pages.EXTRACTOR.extract(Pages.page(name, read(name), null));
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = SegmentationLayoutsTest.class.getResourceAsStream("layouts/" + name)) {
      if (in == null) throw new IOException("missing fixture layouts/" + name);
      return in.readAllBytes();
    }
  }

}
