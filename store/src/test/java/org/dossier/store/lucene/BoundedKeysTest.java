package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.model.Event;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.Fixtures;
import org.dossier.store.SearchQuery;
import org.dossier.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys of any length are stored; merged events say when they are behind their articles; damage is named. */
class BoundedKeysTest {
  @TempDir Path tmp;

  /** Lucene refuses terms over 32,766 bytes; a page named by a 40 KB address must go in whole all the same. */
  @Test
  void aPageNamedByAnImmenseAddressIsStoredFoundAndReplaced() {
    String longName = "https://news.example/" + "x".repeat(40_000);
    String twin = "https://news.example/" + "x".repeat(39_999) + "y"; // same start, another page
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(tmp.resolve("s"))) {
      kb.putPage(Fixtures.page(longName), List.of(Fixtures.harbour(longName)));
      kb.putPage(Fixtures.page(twin), List.of(Fixtures.harbour(twin)));
      kb.putPageText(longName, "the page's own text");
      kb.commit();
      assertEquals(longName, kb.page(longName).orElseThrow().name());
      assertEquals(twin, kb.page(twin).orElseThrow().name());
      assertEquals("the page's own text", kb.pageText(longName).orElseThrow());
      kb.putPage(Fixtures.page(longName), List.of(Fixtures.harbour(longName))); // again: replaces, no duplicate
      kb.commit();
      assertEquals(2, kb.pages().size());
      int[] articles = {0};
      kb.forEachArticle(aa -> articles[0]++);
      assertEquals(2, articles[0]);
      AnnotatedArticle expected = Fixtures.harbour(longName);
      assertEquals(expected, kb.article(expected.article().id()).orElseThrow());
      List<String> ids = kb.searchIds(new SearchQuery("harbour", null, null, null, null, null, 10));
      assertTrue(ids.contains(expected.article().id()), "search reads the id back from a cut sort key: " + ids);
    }
  }

  @Test
  void aShortKeyIsItselfAndLongOnesStayApart() {
    assertEquals("p:a.html", Docs.key("p:a.html"));
    String a = "é".repeat(10_000), b = "é".repeat(9_999) + "e";
    assertTrue(Docs.key(a).getBytes(StandardCharsets.UTF_8).length <= Docs.MAX_KEY_BYTES);
    assertNotEquals(Docs.key(a), Docs.key(b));
  }

  @Test
  void eventsAreBehindFromThePagesCommitUntilTheyAreMergedAgain() {
    Path store = tmp.resolve("s");
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      assertTrue(kb.eventsCurrent(), "an empty store has all its events");
      kb.putPage(Fixtures.page("a.html"), List.of(Fixtures.harbour("a.html")));
      kb.commit();
      assertFalse(kb.eventsCurrent());
    }
    try (LuceneKnowledgeBase reader = LuceneKnowledgeBase.openForReading(store)) {
      assertFalse(reader.eventsCurrent(), "a reader sees the commit's mark");
    }
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      assertFalse(kb.eventsCurrent(), "a new writer sees it too");
      kb.replaceEvents(List.<Event>of());
      kb.commit();
    }
    try (LuceneKnowledgeBase reader = LuceneKnowledgeBase.openForReading(store)) {
      assertTrue(reader.eventsCurrent());
    }
  }

  @Test
  void aDamagedPropertiesFileIsReportedAsDamagedNotMissing() throws Exception {
    Path store = tmp.resolve("s");
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      kb.commit();
    }
    Files.writeString(store.resolve(StoreFolder.MARKER), "\u0000\u0001garbage = yes\n");
    StoreException e = assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForReading(store));
    assertTrue(e.getMessage().contains("is damaged") && !e.getMessage().contains("has no"), e.getMessage());
    assertTrue(e.getMessage().contains(store.toString()) && e.getMessage().contains("re-ingest"), e.getMessage());
    Files.writeString(store.resolve(StoreFolder.MARKER), "format=dossier-store\nschema=\\uZZZZ\n");
    e = assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForWriting(store));
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
  }
}
