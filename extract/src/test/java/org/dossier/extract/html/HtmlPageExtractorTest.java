package org.dossier.extract.html;

import static org.dossier.extract.html.Pages.extract;
import static org.dossier.extract.html.Pages.main;
import static org.dossier.extract.html.Pages.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.api.Test;

class HtmlPageExtractorTest {
  private static final String ARTICLE = "<article><h1>Bridge plan approved</h1>" + prose("the bridge")
      + prose("the river crossing") + prose("the toll") + "</article>";

  @Test
  void keepsArticleAndDropsChrome() throws PageProblem {
    String html = "<html><body><nav><a href=/>Home</a> <a href=/world>World news and more</a></nav>"
        + "<div class=cookie-banner>We use cookies to improve your experience on our site, accept them all.</div>"
        + "<main>" + ARTICLE.replace("</article>", "<div class=share-bar>Share on Facebook Share on X</div>"
        + "<figure><img src=a.jpg><figcaption>Workers on the old bridge, photographed last year by a staff"
        + " photographer</figcaption></figure><p>Sign up for our newsletter to get the news in your inbox.</p>"
        + "</article>")
        + "</main><footer>Copyright 2025 Example Media. All rights reserved and then some more words.</footer>"
        + "</body></html>";
    Article a = main(html);
    assertTrue(a.text().contains("discuss the bridge"), a.text());
    assertTrue(a.text().contains("discuss the toll"), a.text());
    for (String chrome : List.of("World news", "cookies", "Share on", "Workers on the old bridge", "newsletter",
        "Copyright", "Bridge plan approved")) {
      assertFalse(a.text().contains(chrome), chrome + " leaked into: " + a.text());
    }
    assertEquals(3, a.paragraphs().size());
    assertEquals(Ids.article("t.html", Role.MAIN, 0), a.id());
  }

  @Test
  void picksTheProseContainerOverTheSidebar() throws PageProblem {
    String html = "<body><div id=side><ul>" + "<li><a href=/a>A very long headline about another topic here</a></li>"
        .repeat(12) + "</ul></div><div id=story>" + prose("schools") + prose("teachers") + prose("exams")
        + "</div></body>";
    Article a = main(html);
    assertTrue(a.text().contains("discuss schools"));
    assertFalse(a.text().contains("another topic"));
  }

  @Test
  void readsMetadataFromJsonLdAndMetaTags() throws PageProblem {
    String html = "<html><head><title>Bridge plan approved | The Daily Example</title>"
        + "<meta property=og:site_name content='The Daily Example'>"
        + "<link rel=canonical href='https://example.org/news/bridge'>"
        + "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
        + "\"NewsArticle\",\"headline\":\"Bridge plan approved\",\"datePublished\":\"2025-05-04T07:35:00+03:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lopez\"},{\"@type\":\"Person\",\"name\":\"Ben Okafor\"}]}]}"
        + "</script></head><body>" + ARTICLE + "</body></html>";
    Article a = main(html);
    assertEquals("Bridge plan approved", a.title());
    assertEquals(List.of("Ana Lopez", "Ben Okafor"), a.authors());
    assertEquals("2025-05-04T07:35", a.published().iso());
    assertEquals("The Daily Example", a.outlet());
    assertEquals("https://example.org/news/bridge", a.url());
    assertEquals(null, a.language());
  }

  @Test
  void fallsBackToTitleTagBylineAndTimeElement() throws PageProblem {
    String html = "<html><head><title>Bridge plan approved - The Daily Example</title>"
        + "<meta property=og:site_name content='The Daily Example'><meta name=author content='By Ana Lopez and Ben Okafor'>"
        + "</head><body><article><time datetime='2024-11-18'>Nov 18</time>" + prose("the bridge") + prose("tolls")
        + "</article></body></html>";
    Article a = main(html.replace("<h1>Bridge plan approved</h1>", ""));
    assertEquals("Bridge plan approved", a.title());
    assertEquals(List.of("Ana Lopez", "Ben Okafor"), a.authors());
    assertEquals("2024-11-18", a.published().iso());
  }

  @Test
  void usesJsonLdBodyWhenThePageShowsNoText() throws PageProblem {
    String body = "The council approved the bridge plan on Tuesday after months of debate, officials said. "
        .repeat(6);
    String html = "<html><head><script type=application/ld+json>{\"@type\":\"Article\",\"articleBody\":\"" + body
        + "\"}</script></head><body><div id=app></div></body></html>";
    assertTrue(main(html).text().startsWith("The council approved the bridge plan"));
  }

  @Test
  void decodesDeclaredAndTransportCharsets() throws PageProblem {
    String html = "<html><head><meta charset=ISO-8859-1></head><body><article>"
        + prose("the café near the Moselle, où l'été est très chaud") + "</article></body></html>";
    Article a = Pages.EXTRACTOR.extract(Pages.page(html, StandardCharsets.ISO_8859_1)).get(0);
    assertTrue(a.text().contains("café"), a.text());
    String plain = "<html><body><article>" + prose("Zürich, Genève") + "</article></body></html>";
    Article b = Pages.EXTRACTOR.extract(Pages.page("t.html", plain.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1"))
        .get(0);
    assertTrue(b.text().contains("Zürich, Genève"), b.text());
  }

  @Test
  void aPageDeclaringGb2312ButWrittenInUtf8IsReadAsUtf8() throws PageProblem {
    String html = "<html><head><meta charset=gb2312><title>渡轮票价上涨</title></head><body><article>"
        + prose("渡轮票价四月起上涨五分之一，市议会周三表示") + "</article></body></html>";
    Article a = Pages.EXTRACTOR.extract(Pages.page(html, StandardCharsets.UTF_8)).get(0);
    assertTrue(a.text().contains("渡轮票价四月起上涨五分之一"), a.text());
    Article gbk = Pages.EXTRACTOR.extract(Pages.page(html, java.nio.charset.Charset.forName("GBK"))).get(0);
    assertTrue(gbk.text().contains("渡轮票价四月起上涨五分之一"), gbk.text());
  }

  @Test
  void messyInputNeverThrows() throws PageProblem {
    assertEquals(List.of(), extract(""));
    assertEquals(List.of(), extract("<html><head><script>var x = 1;</script></head><body><script>go()</script></body>"));
    assertEquals(List.of(), extract("<<<>>> </div></p> <p"));
    String deep = "<div>".repeat(5000) + prose("depth") + prose("nesting") + prose("stacks") + "</div>".repeat(5000);
    assertTrue(main(deep).text().contains("discuss depth"));
  }

  @Test
  void binaryPagesAreProblems() {
    byte[] pdf = "%PDF-1.7 binary stuff".getBytes(StandardCharsets.US_ASCII);
    PageProblem p = assertThrows(PageProblem.class, () -> Pages.EXTRACTOR.extract(Pages.page("x.html", pdf, null)));
    assertEquals("binary", p.code());
  }

  @Test
  void embeddedArticleWithItsOwnBodyIsRelated() throws PageProblem {
    String related = "<aside><article><h2><a href='https://other.example/story'>Port strike ends after talks</a></h2>"
        + prose("the port strike") + prose("dock workers") + "</article></aside>";
    List<Article> all = extract("<body><main>" + ARTICLE + "</main>" + related + "</body>");
    assertEquals(Role.MAIN, all.get(0).role());
    assertFalse(all.get(0).text().contains("port strike"));
    Article r = all.stream().filter(a -> a.role() == Role.RELATED).findFirst().orElseThrow();
    assertEquals("Port strike ends after talks", r.title());
    assertEquals("https://other.example/story", r.url());
    assertTrue(r.text().contains("discuss dock workers"));
  }

  @Test
  void bareHeadlineListIsNotAnArticle() throws PageProblem {
    String teasers = "<aside>" + "<article><h3><a href=/x>Another headline that links elsewhere</a></h3></article>"
        .repeat(5) + "</aside>";
    List<Article> all = extract("<body><main>" + ARTICLE + "</main>" + teasers + "</body>");
    assertEquals(1, all.size(), all.toString());
  }

  @Test
  void timeStampedFeedItemsBecomeFeedArticles() throws PageProblem {
    StringBuilder feed = new StringBuilder("<div class=live-feed><ul>");
    for (int i = 0; i < 4; i++) {
      feed.append("<li><time datetime='2025-05-04T1").append(i).append(":00'>1").append(i).append(":00</time>")
          .append("<p>Officials in the northern province reported flooding in ").append(i + 2)
          .append(" villages as the river rose overnight.</p></li>");
    }
    feed.append("</ul></div>");
    List<Article> all = extract("<body><main>" + ARTICLE + "</main>" + feed + "</body>");
    List<Article> items = all.stream().filter(a -> a.role() == Role.FEED).toList();
    assertEquals(4, items.size(), all.toString());
    assertEquals("2025-05-04T11:00", items.get(1).published().iso());
    assertFalse(all.get(0).text().contains("flooding"));
    assertEquals(Ids.article("t.html", Role.FEED, 3), items.get(3).id());
  }
}
