package org.dossier.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * A reader's way through the web interface in a real browser, over a store the real ingest built: the
 * feed, a search and its facets, a story told by two outlets, a claim followed to its sentence, an entity,
 * the claims ledger and the timeline. Every view must render without a console error; each is saved as a
 * screenshot under target/screenshots.
 */
class BrowserJourneyTest {
  private static ServedDossier dossier;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Browser.available(), "no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + ": browser tests skipped");
    dossier = ServedDossier.get();
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
  }

  @AfterEach
  void noConsoleErrors() {
    List<LogEntry> severe = browser.severeConsoleEntries();
    assertTrue(severe.isEmpty(), "console errors: " + severe);
  }

  @Test
  void theFeedListsEveryArticleNewestFirstWithFacets() {
    JsonNode feed = dossier.api("articles");
    assertEquals("Feed", browser.open(dossier.base()).getText());
    List<WebElement> titles = browser.all("#view section .card h3 a");
    assertEquals(Math.min(25, feed.get("total").asInt()), titles.size());
    for (int i = 0; i < titles.size(); i++) {
      assertEquals(shownTitle(feed.get("items").get(i)), titles.get(i).getText(), "card " + i);
    }
    String facets = browser.one("aside.facets").getText().toLowerCase(java.util.Locale.ROOT);
    assertTrue(facets.contains("outlet") && facets.contains("role") && facets.contains("entity"), facets);
    browser.waitFor(By.xpath("//div[@id='status'][contains(., 'articles')]"));
    browser.screenshot("01-feed");
  }

  @Test
  void searchFromTheHeaderThenNarrowByOutlet() {
    browser.open(dossier.base());
    WebElement box = browser.one("#search-box");
    WebElement heading = browser.go(() -> box.sendKeys("prisoners", Keys.ENTER));
    assertEquals("Search: prisoners", heading.getText());
    List<String> found = texts("#view section .card h3 a");
    List<String> expected = titles(dossier.api("search?q=prisoners&limit=200"));
    assertEquals(expected, found);
    assertTrue(found.stream().anyMatch(t -> t.contains("prisoners")), found.toString());
    String unrelated = titleOfPage("03_port_heatwave.txt");
    assertFalse(found.contains(unrelated), "the heatwave article does not mention prisoners");
    browser.screenshot("02-search");

    WebElement facet = browser.one("aside.facets a[href*='outlet=Danube']");
    browser.go(facet::click);
    assertTrue(browser.one("#view .meta").getText().contains("outlet: Danube Wire"));
    for (WebElement meta : browser.all("#view section .card .meta")) assertTrue(meta.getText().contains("Danube Wire"));
  }

  @Test
  void aStoryShowsItsOutletsSideBySideAndWhereTheirNumbersDiffer() {
    // The swap story is the one whose outlets report different counts; find it through the API, then
    // reach it the way a reader would, from the stories list.
    JsonNode story = null;
    JsonNode detail = null;
    for (JsonNode candidate : dossier.api("stories").get("items")) {
      JsonNode d = dossier.api("stories/" + candidate.get("id").asText());
      for (JsonNode row : d.get("agreement")) {
        if (row.get("differs").asBoolean() && story == null) {
          story = candidate;
          detail = d;
        }
      }
    }
    assertTrue(story != null, "the two outlets of the swap story report different prisoner counts");
    browser.open(dossier.base() + "#/stories");
    WebElement link = null;
    for (WebElement a : browser.all("#view .card h3 a")) {
      if (a.getText().equals(story.get("title").asText("(untitled)"))) link = a;
    }
    assertTrue(link != null, "the story is listed");
    assertEquals(story.get("title").asText("Story"), browser.go(link::click).getText());
    List<WebElement> columns = browser.all("#view .columns .card");
    assertEquals(story.get("articles").asInt(), columns.size());
    String side = browser.one("#view .columns").getText();
    for (JsonNode outlet : story.get("outlets")) assertTrue(side.contains(outlet.asText()), outlet + " in " + side);
    long differing = 0;
    for (JsonNode row : detail.get("agreement")) if (row.get("differs").asBoolean()) differing++;
    assertEquals(differing, browser.all("#view table .flag").size());
    browser.screenshot("03-story");
  }

  @Test
  void everyClaimOnAnArticleLeadsToItsOwnFigureInTheText() {
    JsonNode item = articleWithAClaimInsideAQuote();
    JsonNode article = dossier.api("articles/" + item.get("id").asText());
    browser.open(dossier.base());
    WebElement card = browser.all("#view section .card h3 a").stream()
        .filter(a -> a.getText().equals(shownTitle(item))).findFirst().orElseThrow();
    assertEquals(shownTitle(item), browser.go(card::click).getText());
    assertTrue(browser.driver().getCurrentUrl().endsWith("#/article/" + item.get("id").asText()));
    assertTrue(browser.all("mark.focus").isEmpty(), "nothing is focused before a claim is chosen");
    String text = article.get("article").get("text").asText();
    JsonNode claims = article.get("claims");
    for (int k = 0; k < claims.size(); k++) {
      JsonNode span = claims.get(k).get("span");
      String figure = text.substring(span.get(0).asInt(), span.get(1).asInt());
      List<WebElement> cards = browser.all("#view aside .claim-card");
      assertEquals(claims.size(), cards.size(), () -> browser.one("#view").getText());
      WebElement claimCard = cards.get(k);
      browser.go(claimCard.findElement(By.linkText("show in text"))::click);
      List<WebElement> focused = browser.all("mark.focus");
      assertEquals(1, focused.size(), "one focused span for claim " + figure);
      assertEquals(figure, focused.get(0).getText());
      assertTrue(focused.get(0).getAttribute("class").contains("claim"), focused.get(0).getAttribute("class"));
      String number = number(text, claims.get(k));
      if (number != null) assertTrue(focused.get(0).getText().contains(number), figure + " holds " + number);
      assertTrue(browser.driver().getCurrentUrl().endsWith("?at=" + span.get(0) + "-" + span.get(1)));
      if (k == 0) browser.screenshot("04-article-claim");
    }
  }

  @Test
  void anEntityIsReachedFromTheEntityListAndShowsWhatThePersonSaid() {
    JsonNode speaker = speakerEntity();
    browser.open(dossier.base() + "#/entities");
    assertEquals(dossier.api("entities").get("items").size(), browser.all("#view table tr").size() - 1);
    WebElement link = browser.driver().findElement(By.linkText(speaker.get("name").asText()));
    assertEquals(speaker.get("name").asText(), browser.go(link::click).getText());
    JsonNode profile = dossier.api("entities/" + speaker.get("id").asText());
    assertTrue(profile.get("quotesBy").size() > 0);
    String firstQuote = profile.get("quotesBy").get(0).get("text").asText();
    assertTrue(browser.one("#view section").getText().contains(firstQuote), "the quote is on the page");
    browser.screenshot("05-entity");

    WebElement source = browser.one("#view section .card a");
    browser.go(source::click);
    assertTrue(browser.waitFor(By.cssSelector("mark.focus")).getText().contains(firstQuote.substring(0, 20)));
  }

  @Test
  void theClaimsLedgerChartsEachMeasureAndLinksEveryFigureToItsSentence() {
    JsonNode series = dossier.api("claims/series").get("items");
    browser.open(dossier.base());
    assertEquals("Claims ledger", browser.go(browser.driver().findElement(By.linkText("Claims"))::click).getText());
    assertEquals(series.size(), browser.all("#view svg.chart").size());
    int dated = 0, disputed = 0;
    for (JsonNode s : series) {
      for (JsonNode p : s.get("points")) if (!p.get("when").isNull()) dated++;
      if (s.get("conflict").asBoolean()) disputed++;
    }
    assertEquals(dated, browser.all("#view svg.chart circle").size());
    assertTrue(disputed > 0, "the fixtures hold two outlets' differing counts for the same day");
    assertEquals(disputed, browser.all("#view .card > .flag").size());
    browser.screenshot("06-claims");

    JsonNode point = series.get(0).get("points").get(0);
    WebElement row = browser.all("#view .card").get(0).findElements(By.cssSelector("tr")).get(1);
    String number = row.findElements(By.tagName("td")).get(1).getText().split(" ")[0];
    browser.go(row.findElement(By.tagName("a"))::click);
    assertTrue(browser.driver().getCurrentUrl().contains(point.get("article").asText()));
    assertTrue(browser.waitFor(By.cssSelector("mark.focus")).getText().contains(number));
  }

  @Test
  void theTimelineListsEventsDatedFirstInOrder() {
    JsonNode events = dossier.api("timeline").get("items");
    browser.open(dossier.base());
    assertEquals("Timeline", browser.go(browser.driver().findElement(By.linkText("Timeline"))::click).getText());
    List<String> when = texts("#view .timeline .when");
    assertEquals(events.size(), when.size());
    assertTrue(events.size() > 0);
    List<String> dated = when.stream().filter(w -> !w.equals("undated")).toList();
    assertEquals(dated.stream().sorted().toList(), dated, "dated events in order");
    assertEquals(dated, when.subList(0, dated.size()), "undated events last");
    List<WebElement> cards = browser.all("#view .timeline .card");
    for (int i = 0; i < events.size(); i++) {
      List<WebElement> links = cards.get(i).findElements(By.tagName("a"));
      JsonNode refs = events.get(i).get("articleRefs");
      assertEquals(refs.size(), links.size(), "one link per source article");
      for (int j = 0; j < refs.size(); j++) {
        assertTrue(links.get(j).getText().contains(refs.get(j).get("title").asText("")), links.get(j).getText());
        assertTrue(links.get(j).getAttribute("href").endsWith("#/article/" + refs.get(j).get("id").asText()));
      }
    }
    browser.screenshot("07-timeline");
  }

  @Test
  void anUnknownArticleIsReportedInThePage() {
    assertEquals("Could not load this view", browser.open(dossier.base() + "#/article/no-such-id").getText());
    assertTrue(browser.one("#view .flag").getText().contains("no-such-id"));
    List<LogEntry> severe = browser.severeConsoleEntries();
    assertTrue(severe.stream().allMatch(e -> e.getMessage().contains("404")), "only the refused fetch: " + severe);
  }

  private static List<String> texts(String css) {
    return browser.all(css).stream().map(WebElement::getText).toList();
  }

  /** An article's title as the interface shows it: a page may give none. */
  private static String shownTitle(JsonNode article) {
    return article.get("title").isNull() ? "(untitled)" : article.get("title").asText();
  }

  private static List<String> titles(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.get("items").forEach(i -> out.add(shownTitle(i)));
    return out;
  }

  private static String titleOfPage(String page) {
    for (JsonNode i : dossier.api("articles?limit=200").get("items")) {
      if (i.get("page").asText().equals(page) && i.get("role").asText().equals("main")) return shownTitle(i);
    }
    throw new AssertionError("no main article from " + page);
  }

  /** The newest article in the feed with a claim inside a quote, so that nested highlights are exercised too. */
  private static JsonNode articleWithAClaimInsideAQuote() {
    for (JsonNode i : dossier.api("articles").get("items")) {
      JsonNode a = dossier.api("articles/" + i.get("id").asText());
      for (JsonNode c : a.get("claims")) {
        for (JsonNode q : a.get("quotes")) {
          if (q.get("span").get(0).asInt() <= c.get("span").get(0).asInt()
              && c.get("span").get(1).asInt() <= q.get("span").get(1).asInt()) {
            return i;
          }
        }
      }
    }
    throw new AssertionError("the fixtures quote a figure, so some claim lies inside a quote");
  }

  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

  /** The figure as the article writes it, from the claim's own span. */
  private static String number(String text, JsonNode claim) {
    Matcher m = FIGURE.matcher(text.substring(claim.get("span").get(0).asInt(), claim.get("span").get(1).asInt()));
    return m.find() ? m.group() : null;
  }

  /** The person quoted most often. */
  private static JsonNode speakerEntity() {
    JsonNode best = null;
    int most = 0;
    for (JsonNode e : dossier.api("entities?kind=PERSON").get("items")) {
      int quotes = dossier.api("entities/" + e.get("id").asText()).get("quotesBy").size();
      if (quotes > most) {
        most = quotes;
        best = e;
      }
    }
    if (best == null) throw new AssertionError("nobody is quoted in the fixtures");
    return best;
  }
}
