package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.dossier.core.model.Article;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.api.Test;

class TextPageExtractorTest {
  private final TextPageExtractor extractor = new TextPageExtractor();

  private static final String[] ARTICLE = {
      "Menu", "World", "",
      "Rescue teams reach flooded villages as rains continue", "",
      "by Ana Ruiz March 2, 2024 8:05 AM 3 min read",
      "Villagers wade through water near the river on Saturday (Jane Roe/Getty Images)",
      "This audio is created with AI assistance", "",
      "Rescue teams reached three flooded villages on Sunday after the river burst its banks overnight.", "",
      "Officials said more than 2,000 people had been moved to schools on higher ground.", "",
  };

  private List<Article> extract(String... lines) throws PageProblem {
    return extractor.extract(Pages.text(lines));
  }

  @Test
  void mainArticleWithoutChrome() throws PageProblem {
    Article a = extract(ARTICLE).get(0);
    assertEquals(Role.MAIN, a.role());
    assertEquals("Rescue teams reach flooded villages as rains continue", a.title());
    assertEquals(List.of("Ana Ruiz"), a.authors());
    assertEquals("2024-03-02T08:05", a.published().iso());
    assertTrue(a.text().startsWith("Rescue teams reached three flooded villages"));
    assertEquals(2, a.paragraphs().size());
    for (String chrome : List.of("Getty", "audio", "min read", "Menu")) assertFalse(a.text().contains(chrome), chrome);
  }

  @Test
  void titleIsTheHeadlineNotAStampLine() throws PageProblem {
    Article a = extract("Menu", "Local", "", "(LEAD) Ferry fares to rise by a fifth in April, council says",
        "All News 21:48 June 19, 2024", "By Mara Quinlan", "",
        "The harbour council voted on Wednesday to raise ferry fares from April, citing fuel costs.", "",
        "Commuters said the increase would hit families who cross twice a day.", "").get(0);
    assertEquals("(LEAD) Ferry fares to rise by a fifth in April, council says", a.title());
    assertEquals("2024-06-19T21:48", a.published().iso());
    Article german = extract("Startseite", "", "Fährpreise steigen im April um ein Fünftel",
        "Dienstag, 02. September 2025", "",
        "Der Hafenrat hat am Mittwoch beschlossen, die Fährpreise ab April zu erhöhen, und nennt die Kosten.", "",
        "Pendler sagten, die Erhöhung treffe Familien, die zweimal am Tag übersetzen.", "").get(0);
    assertEquals("Fährpreise steigen im April um ein Fünftel", german.title());
    assertEquals("2025-09-02", german.published().iso());
  }

  @Test
  void dateLineMayShareItsLineWithThePage() throws PageProblem {
    String[] lines = ARTICLE.clone();
    lines[0] = " date 2024-03-02 Menu";
    lines[5] = "by Ana Ruiz";
    assertEquals("2024-03-02", extract(lines).get(0).published().iso());
  }

  @Test
  void wireDatelineStaysInTextAndGivesOutlet() throws PageProblem {
    Article a = extract("Ministers agree on grain corridor extension", "",
        "GENEVA, July 2 (Reuters) - Ministers agreed on Tuesday to extend the grain corridor.", "",
        "The deal runs for another 120 days.").get(0);
    assertTrue(a.text().startsWith("GENEVA, July 2 (Reuters) - Ministers"));
    assertEquals("Reuters", a.outlet());
    assertNull(a.published(), "a dateline day without any year stays unknown");
  }

  @Test
  void teaserWithBylineAndFeedItemsAreSeparateArticles() throws PageProblem {
    List<Article> all = extract(concat(ARTICLE,
        "Bridge reopens after month-long repairs",
        "Traffic returned to the bridge on Friday after engineers replaced damaged supports.",
        "The Kyiv IndependentOlga Petrenko", "",
        "News Feed", "",
        "9:51 PM", "",
        "Power restored to most homes in the region.", "",
        "Utility crews restored electricity to most households late on Saturday, the operator said.", "",
        "8:05 AM", "",
        "Rescue teams reach flooded villages.", "",
        "Rescue teams reached three flooded villages on Sunday."));
    assertEquals(List.of(Role.MAIN, Role.RELATED, Role.FEED, Role.FEED), all.stream().map(Article::role).toList());
    Article teaser = all.get(1);
    assertEquals(List.of("Olga Petrenko"), teaser.authors());
    assertEquals("The Kyiv Independent", teaser.outlet());
    assertEquals("Power restored to most homes in the region.", all.get(2).title());
    assertNull(all.get(2).published(), "a bare clock time is not dated");
    assertEquals("2024-03-02T08:05", all.get(3).published().iso(), "the main article's own time dates its item");
    assertEquals("The Kyiv Independent", all.get(2).outlet(), "feed items carry the site's outlet");
  }

  @Test
  void relatedBlocksWithSourceAndRelativeAge() throws PageProblem {
    List<Article> all = extract(concat(ARTICLE,
        "Related Articles", "",
        "New York Times", "time2 hours ago", "• New York Times",
        "Dam operators warn of further releases",
        "Operators said they might have to release more water if rain continued upstream. Want all of The Times? Subscribe.",
        "", "Business Insider", "an hour ago", "• Business Insider",
        "Insurers brace for claims after floods",
        "Insurers said they expected thousands of claims from homeowners in the affected districts."));
    assertEquals(3, all.size());
    Article nyt = all.get(1);
    assertEquals(Role.RELATED, nyt.role());
    assertEquals("The New York Times", nyt.outlet());
    assertNull(nyt.published());
    assertFalse(nyt.text().contains("Subscribe"));
    assertEquals("Business Insider", all.get(2).outlet());
    assertNull(all.get(0).outlet(), "the main article of an aggregator page names no outlet");
  }

  @Test
  void bareHeadlineListsAreNotArticles() throws PageProblem {
    List<Article> all = extract(concat(ARTICLE, "Most popular", "",
        "Storm warning issued for the northern coast", "Council approves new tram line through the centre",
        "Museum reopens after two-year renovation"));
    assertEquals(1, all.size());
    assertFalse(all.get(0).text().contains("Storm warning"));
  }

  @Test
  void appealsAndDisclaimersDropped() throws PageProblem {
    Article a = extract(concat(ARTICLE,
        "You could close this page. Or you could join our community and support our journalism, which readers like you keep free.",
        "Officials will review the flood defences next month. This article was generated from an automated news agency feed without modifications to text.")).get(0);
    assertFalse(a.text().contains("join our community"));
    assertFalse(a.text().contains("automated"));
    assertTrue(a.text().endsWith("review the flood defences next month."));
  }

  @Test
  void liveBlogStampOpeningTextIsMetadata() throws PageProblem {
    List<Article> all = extract(concat(ARTICLE, "Related Articles", "Mint", "31 minutes ago",
        "Live updates: river levels across the region",
        "06:22 (IST) Jun 13 Water levels fell overnight at most gauges, the agency said."));
    Article live = all.get(1);
    assertTrue(live.text().startsWith("Water levels fell"));
    assertNull(live.published(), "no year is known for Jun 13");
    assertEquals("Mint", live.outlet());
  }

  @Test
  void messyInputNeverThrows() throws PageProblem {
    assertTrue(extractor.extract(Pages.bytes(new byte[0])).isEmpty());
    assertTrue(extract("Menu", "Home", "Search", "", "★").isEmpty());
    assertTrue(extract("Only a headline for a page without body text").isEmpty());
    String huge = "word ".repeat(400_000);
    assertEquals(1, extract(huge).size());
    assertEquals(1, extract("\uFEFFA headline before some text", "Some text that is the body here.").size());
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    try {
      extractor.extract(Pages.bytes(junk));
    } catch (PageProblem expected) {
      assertEquals("binary", expected.code());
    }
  }

  @Test
  void seededRandomLinesNeverThrow() throws PageProblem {
    long seed = System.nanoTime();
    System.out.println("TextPageExtractorTest seed " + seed);
    Random r = new Random(seed);
    String[] pool = {"", "9:51 PM", "Related Articles", "by Ana Ruiz", "News Feed", "• Mint", "an hour ago",
        "A headline with several words in it", "A sentence of body text ends here.", "Author: Lena Park",
        "UPI05-06-2025", "June 4 (UPI) -- It began.", "★", "Subscribe", "(Photo/AFP)", "06:22 (IST) Jun 13 Text."};
    for (int page = 0; page < 200; page++) {
      String[] lines = new String[r.nextInt(30)];
      for (int i = 0; i < lines.length; i++) lines[i] = pool[r.nextInt(pool.length)];
      for (Article a : extract(lines)) assertFalse(a.text().isEmpty(), "seed " + seed);
    }
  }

  private static String[] concat(String[] head, String... more) {
    String[] out = new String[head.length + more.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(more, 0, out, head.length, more.length);
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
