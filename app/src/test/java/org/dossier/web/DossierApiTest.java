package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.dossier.store.PageRecord;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierApiTest {
  @TempDir Path folder;

  private static AnnotatedArticle article(String id, String date, String outlet, String text, List<Annotation> facts) {
    Article a = Article.of(id, id + ".txt", Role.MAIN, outlet, null, "Title " + id, List.of(), PartialDate.parse(date),
        "en", List.of(text));
    return new AnnotatedArticle(a, facts);
  }

  private DossierApi api() {
    String t1 = "Ana Ruiz said the port handled 40 ships.";
    String t2 = "The port authority said 55 ships docked, Ana Ruiz added.";
    AnnotatedArticle older = article("old", "2025-01-10", "Harbour Post", t1, List.of(
        new EntityMention(new Span(0, 8), "Ana Ruiz", "Ana Ruiz", EntityKind.PERSON),
        new Quote(new Span(14, 39), "the port handled 40 ships", "Ana Ruiz", List.of(), null),
        new Claim(new Span(31, 39), 40, "ships", Qualifier.EXACT, "ships handled", "Port", "2025-01", "Ana Ruiz",
            List.of())));
    AnnotatedArticle newer = article("new", "2025-01-12", "Coast Daily", t2, List.of(
        new EntityMention(new Span(43, 51), "Ana Ruiz", "Ana Ruiz", EntityKind.PERSON),
        new Claim(new Span(24, 32), 55, "ships", Qualifier.EXACT, "ships docked", "Port", "2025-01",
            "port authority", List.of())));
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(folder)) {
      kb.putPage(page("old.txt"), List.of(older));
      kb.putPageText("old.txt", "Menu | Home\n" + t1 + "\nSubscribe now");
      kb.putPage(page("new.txt"), List.of(newer));
      kb.commit();
    }
    return new DossierApi(new SnapshotSource(LuceneKnowledgeBase.openForReading(folder)));
  }

  private static PageRecord page(String name) {
    return new PageRecord(name, Provenance.ofFile(name), "hash-" + name, "stages", Outcome.ok(name));
  }

  @Test
  void theFeedIsNewestFirstWithFacetsAndFilters() {
    DossierApi api = api();
    JsonNode feed = api.articles(Map.of());
    assertEquals(2, feed.get("total").asInt());
    assertEquals("new", feed.get("items").get(0).get("id").asText());
    assertEquals("Ana Ruiz", feed.get("facets").get("entity").get(0).get("value").asText());
    assertEquals(2, feed.get("facets").get("entity").get(0).get("count").asInt());
    assertEquals(1, api.articles(Map.of("outlet", "coast daily")).get("total").asInt());
    assertEquals(1, api.articles(Map.of("to", "2025-01-11")).get("total").asInt());
    assertEquals(1, api.articles(Map.of("limit", "1")).get("items").size());
  }

  @Test
  void searchPagesTheHitsBestFirstWithSnippetsAndFacetsOverAllOfThem() {
    DossierApi api = api();
    JsonNode found = api.articles(Map.of("q", "docked", "limit", "1"));
    assertEquals(1, found.get("total").asInt());
    assertEquals("new", found.get("items").get(0).get("id").asText());
    assertTrue(found.get("items").get(0).get("snippet").asText().contains("docked"));
    JsonNode both = api.articles(Map.of("q", "ships", "limit", "1", "offset", "1"));
    assertEquals(2, both.get("total").asInt());
    assertEquals(1, both.get("items").size());
    assertEquals(2, both.get("facets").get("entity").get(0).get("count").asInt(), "facets count every hit");
  }

  @Test
  void anArticleComesWithItsFactsLinkedToEntitiesAndSeries() {
    DossierApi api = api();
    JsonNode view = api.records().article("old");
    JsonNode mention = view.get("mentions").get(0);
    assertEquals("Ana Ruiz", mention.get("entity").asText());
    JsonNode entity = api.records().entity(mention.get("entityId").asText());
    assertEquals(1, entity.get("quotesBy").size(), "the quote is hers");
    String series = view.get("claims").get(0).get("seriesId").asText();
    JsonNode ledger = api.records().series(series);
    assertEquals(2, ledger.get("points").size(), "both ports' ship counts form one series");
    assertTrue(ledger.get("conflict").asBoolean(), "40 and 55 in the same month from different sources");
  }

  @Test
  void aPageIsShownAsItsOwnTextWithTheArticleMarked() {
    DossierApi api = api();
    JsonNode source = api.records().pageSource("old.txt");
    String text = source.get("text").asText();
    JsonNode mark = source.get("marks").get(0);
    assertEquals("Ana Ruiz said the port handled 40 ships.", text.substring(mark.get("begin").asInt(),
        mark.get("end").asInt()));
    assertEquals("old", mark.get("article").asText());
    assertThrows(NoSuchElementException.class, () -> api.records().pageSource("never-stored.txt"));
  }

  @Test
  void unknownIdsAndBadParametersAreReportedNotCrashed() {
    DossierApi api = api();
    assertThrows(NoSuchElementException.class, () -> api.records().article("nope"));
    assertThrows(IllegalArgumentException.class, () -> api.articles(Map.of("limit", "many")));
    assertThrows(IllegalArgumentException.class, () -> api.articles(Map.of("from", "last week")));
    assertEquals(0, api.articles(Map.of("role", "feed")).get("total").asInt());
  }
}
