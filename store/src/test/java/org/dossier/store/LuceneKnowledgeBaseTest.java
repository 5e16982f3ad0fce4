package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.Span;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Gist;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the Lucene knowledge base. */
class LuceneKnowledgeBaseTest {
  @TempDir Path tmp;

  private LuceneKnowledgeBase writer() {
    return LuceneKnowledgeBase.openForWriting(tmp.resolve("store"));
  }

  @Test
  void everyRecordKindRoundTripsThroughAReopenedStore() {
    AnnotatedArticle harbour = Fixtures.harbour("p1.html");
    List<Annotation> all = new java.util.ArrayList<>(harbour.annotations());
    all.add(Gist.of(new Span(0, 10), "test-model", new float[] {0.5f, -0.25f, 1}));
    AnnotatedArticle aa = new AnnotatedArticle(harbour.article(), all);
    Event event = new Event("ev1", EventKind.BUILD, List.of("Lena Ortiz"), PartialDate.parse("2024-03-05"),
        "Port Alden", "Lena Ortiz opened the harbour", List.of(aa.article().id()));
    Story story = new Story("s1", "Harbour opens", List.of(aa.article().id(), "other"));
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("p1.html"), List.of(aa));
      kb.putEvents(List.of(event));
      kb.putStory(story);
      kb.commit();
    }
    try (var kb = LuceneKnowledgeBase.openForReading(tmp.resolve("store"))) {
      assertEquals(aa, kb.article(aa.article().id()).orElseThrow(), "article and all six annotation kinds");
      assertEquals(List.of(Fixtures.page("p1.html")), kb.pages());
      assertEquals(List.of(event), kb.events());
      assertEquals(List.of(story), kb.stories());
      EntityProfile ortiz = kb.entities().stream().filter(e -> e.entity().name().equals("Lena Ortiz")).findFirst()
          .orElseThrow();
      assertEquals(2, ortiz.mentions());
      assertEquals(List.of("Mayor Lena Ortiz", "Ortiz"), ortiz.entity().aliases());
      assertEquals("2024-03-05", ortiz.firstSeen().iso());
    }
  }

  @Test
  void puttingAPageAgainReplacesItWithoutDuplicates() {
    AnnotatedArticle aa = Fixtures.harbour("p1.html");
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("p1.html"), List.of(aa));
      kb.commit();
      kb.putPage(Fixtures.page("p1.html"), List.of(aa));
      kb.commit();
      int[] articles = {0};
      kb.forEachArticle(x -> articles[0]++);
      assertEquals(1, articles[0]);
      assertEquals(1, kb.pages().size());
      assertEquals(7, kb.article(aa.article().id()).orElseThrow().annotations().size());
      assertEquals(2, kb.entities().stream().filter(e -> e.entity().name().equals("Lena Ortiz")).findFirst()
          .orElseThrow().mentions());
    }
  }

  @Test
  void anEntityLosesMentionsWhenItsPageIsReplaced() {
    AnnotatedArticle aa = Fixtures.harbour("p1.html");
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("p1.html"), List.of(aa));
      kb.commit();
      kb.putPage(Fixtures.page("p1.html"), List.of(new AnnotatedArticle(aa.article(), List.of())));
      kb.commit();
      // No mention is left, so no entity named in the text; the outlet that published it stays one.
      List<EntityProfile> left = kb.entities();
      assertEquals(1, left.size(), left.toString());
      assertEquals(aa.article().outlet(), left.get(0).entity().name());
      assertEquals(0, left.get(0).mentions());
      assertEquals(org.dossier.core.model.EntityKind.ORGANIZATION, left.get(0).entity().kind());
    }
  }

  @Test
  void entityProfilesKeptUpBatchByBatchEqualOnesCountedInOneGo() {
    Path other = tmp.resolve("other");
    try (var kb = writer(); var once = LuceneKnowledgeBase.openForWriting(other)) {
      kb.putPage(Fixtures.page("p1.html"), List.of(Fixtures.harbour("p1.html")));
      kb.commit();
      kb.putPage(Fixtures.page("p2.html"), List.of(earlier("p2.html")));
      kb.commit();
      kb.putPage(Fixtures.page("p3.html"), List.of(Fixtures.harbour("p3.html")));
      kb.putPage(Fixtures.page("p1.html"), List.of(earlier("p1.html"))); // replaced: p1's old mentions go
      kb.commit();
      kb.putPage(Fixtures.page("p4.html"), List.of(Fixtures.harbour("p4.html")));
      kb.putPage(Fixtures.page("p4.html"), List.of(Fixtures.harbour("p4.html"))); // twice in one batch
      kb.commit();
      for (AnnotatedArticle aa : List.of(earlier("p1.html"), earlier("p2.html"), Fixtures.harbour("p3.html"),
          Fixtures.harbour("p4.html"))) {
        once.putPage(Fixtures.page(aa.article().page()), List.of(aa));
      }
      once.commit();
      assertEquals(sorted(once.entities()), sorted(kb.entities()));
      EntityProfile ortiz = sorted(kb.entities()).stream().filter(e -> e.entity().name().equals("Lena Ortiz"))
          .findFirst().orElseThrow();
      assertEquals(List.of(6, 4, 2023), List.of(ortiz.mentions(), ortiz.articles(), ortiz.firstSeen().year()));
      assertEquals(List.of("Ortiz", "Mayor Lena Ortiz"), ortiz.entity().aliases(), "most often written first");
    }
  }

  /** An older article naming the harbour's mayor by surname only. */
  private static AnnotatedArticle earlier(String page) {
    Article a = Fixtures.article(page, "Bay Times", "Council debates harbour plan", "2023-11-20",
        "Ortiz asked the council to fund the harbour.");
    return new AnnotatedArticle(a, List.of(new org.dossier.core.model.EntityMention(Fixtures.at(a.text(), "Ortiz"),
        "Ortiz", "Lena Ortiz", org.dossier.core.model.EntityKind.PERSON)));
  }

  private static List<EntityProfile> sorted(List<EntityProfile> profiles) {
    return profiles.stream().sorted(java.util.Comparator.comparing(p -> p.entity().id())).toList();
  }

  @Test
  void searchRanksTitleMatchesFirstAndAppliesFilters() {
    Article inTitle = Fixtures.article("a.html", "North Wire", "Ferry strike ends", "2024-05-02",
        "Workers returned to the boats after talks.");
    Article inText = Fixtures.article("b.html", "South Post", "Talks continue", "2024-06-10",
        "The ferry crews met again; a strike was not called.");
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("a.html"), List.of(new AnnotatedArticle(inTitle, List.of())));
      kb.putPage(Fixtures.page("b.html"), List.of(new AnnotatedArticle(inText, List.of())));
      kb.putPage(Fixtures.page("h.html"), List.of(Fixtures.harbour("h.html")));
      kb.commit();
      List<SearchHit> hits = kb.search(SearchQuery.of("ferry strike"));
      assertEquals(List.of(inTitle.id(), inText.id()), hits.stream().map(h -> h.article().id()).toList());
      assertTrue(hits.get(1).snippet().contains("ferry"), hits.get(1).snippet());
      assertEquals(hits.get(1).snippet(), kb.snippet(inText.text(), "ferry strike"));
      assertEquals(List.of(inTitle.id(), inText.id()), ids(kb, SearchQuery.of("ferry strike")));
      assertEquals(List.of(inText.id()), ids(kb, new SearchQuery("ferry", null, "south post", null, null, null, 10)));
      assertEquals(List.of(inTitle.id()), ids(kb, new SearchQuery("ferry", null, null, "main", null,
          LocalDate.parse("2024-05-31"), 10)));
      assertEquals(1, ids(kb, new SearchQuery("harbour", "lena ortiz", null, null, null, null, 10)).size());
      assertTrue(ids(kb, new SearchQuery("ferry", "Lena Ortiz", null, null, null, null, 10)).isEmpty());
    }
  }

  @Test
  void closingWithoutACommitDropsTheBatchUnderWay() {
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("p1.html"), List.of(Fixtures.harbour("p1.html")));
      kb.commit();
      kb.putPage(Fixtures.page("p2.html"), List.of(Fixtures.harbour("p2.html")));
    }
    try (var kb = LuceneKnowledgeBase.openForReading(tmp.resolve("store"))) {
      assertEquals(List.of("p1.html"), kb.pages().stream().map(PageRecord::name).toList());
      assertEquals(2, kb.entities().stream().filter(e -> e.entity().name().equals("Lena Ortiz")).findFirst()
          .orElseThrow().mentions());
    }
  }

  @Test
  void aReaderSeesCommitsOnlyAndFollowsThemWhileTheWriterWrites() {
    try (var kb = writer()) {
      kb.putPage(Fixtures.page("p1.html"), List.of(Fixtures.harbour("p1.html")));
      kb.commit();
      try (var reader = LuceneKnowledgeBase.openForReading(tmp.resolve("store"))) {
        assertEquals(1, reader.pages().size());
        kb.putPage(Fixtures.page("p2.html"), List.of(Fixtures.harbour("p2.html")));
        assertEquals(1, reader.pages().size(), "an uncommitted page is not visible");
        kb.commit();
        assertEquals(2, reader.pages().size());
      }
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() {
    try (var kb = writer()) {
      StoreException e = assertThrows(StoreException.class, this::writer);
      assertTrue(e.getMessage().contains("another process is writing"), e.getMessage());
      assertTrue(e.getMessage().contains(tmp.resolve("store").toString()), e.getMessage());
    }
  }

  @Test
  void aFolderThatIsNotAStoreIsRefusedAndLeftAlone() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(folder.resolve("cat.jpg"), "not a store");
    StoreException e = assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForWriting(folder));
    assertTrue(e.getMessage().contains("is not a Dossier store"), e.getMessage());
    assertTrue(e.getMessage().contains(folder.toString()));
    assertEquals(List.of(folder.resolve("cat.jpg")), Files.list(folder).toList());
    assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForReading(folder));
  }

  @Test
  void aStoreOfANewerSchemaIsRefusedAndLeftAlone() throws Exception {
    try (var kb = writer()) {
      kb.commit();
    }
    Path marker = tmp.resolve("store").resolve("dossier-store.properties");
    String newer = Files.readString(marker).replaceAll("schema=\\d+", "schema=99");
    Files.writeString(marker, newer);
    StoreException e = assertThrows(StoreException.class, this::writer);
    assertTrue(e.getMessage().contains("schema 99"), e.getMessage());
    assertTrue(e.getMessage().contains("upgrade Dossier"), e.getMessage());
    assertEquals(newer, Files.readString(marker));
    assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForReading(tmp.resolve("store")));
  }

  @Test
  void readingAMissingStoreSaysHowToMakeOne() {
    StoreException e = assertThrows(StoreException.class,
        () -> LuceneKnowledgeBase.openForReading(tmp.resolve("nowhere")));
    assertTrue(e.getMessage().contains("dossier ingest"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("nowhere")));
  }

  @Test
  void articlesComeInArticleOrderWhateverTheOrderTheyWerePutIn() {
    // U+1F600 sorts before U+FF21 as UTF-16 but after it as UTF-8 bytes, as the index sorts.
    List<String> pages = List.of("p-\uD83D\uDE00.html", "p-b.html", "p-\uFF21.html", "p-a.html", "p-a.html.2");
    List<Article> put = new java.util.ArrayList<>();
    try (var kb = writer()) {
      for (String page : pages) {
        Article a = Fixtures.article(page, "Coast Herald", "Title of " + page, "2024-03-05", "Text of " + page + ".");
        put.add(a);
        kb.putPage(Fixtures.page(page), List.of(new AnnotatedArticle(a, List.of())));
      }
      kb.commit();
      List<String> seen = new java.util.ArrayList<>();
      kb.forEachArticle(aa -> seen.add(aa.article().page()));
      assertEquals(put.stream().sorted(ArticleOrder.ARTICLES).map(Article::page).toList(), seen);
      assertEquals(List.of("p-a.html", "p-a.html.2", "p-b.html", "p-\uFF21.html", "p-\uD83D\uDE00.html"), seen);
    }
  }

  /** The ids search finds, checked against the ids-only search the HTTP API uses. */
  private static List<String> ids(KnowledgeBase kb, SearchQuery q) {
    List<String> ids = kb.search(q).stream().map(h -> h.article().id()).toList();
    assertEquals(ids, kb.searchIds(q), "ids-only search agrees with search");
    return ids;
  }
}
