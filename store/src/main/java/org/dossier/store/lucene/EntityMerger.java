package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;

/**
 * Merges the mentions of an entity across articles into its profile. Each profile is stored with its
 * {@link EntityTally}, so a batch of new pages adds its own mentions to it: the cost of a commit follows
 * the batch, not the store. An entity that lost mentions (a page was replaced), or whose stored profile
 * has no tally, is recounted from every stored mention of its canonical name, so re-ingesting never
 * double counts. The entity id hashes the canonical name's key, so it is stable.
 */
final class EntityMerger {
  /** The stored field that holds an entity's tally as JSON. */
  static final String TALLY = "tally";

  private final IndexSearcher searcher;
  private final IndexWriter writer;
  private final Map<String, PartialDate> published = new HashMap<>();

  EntityMerger(IndexSearcher searcher, IndexWriter writer) {
    this.searcher = searcher;
    this.writer = writer;
  }

  static String entityId(String key) {
    return "e" + Ids.hash(key);
  }

  /** Applies the batch's updates; the searcher must see the batch's own mention documents. */
  void merge(EntityUpdates updates) throws IOException {
    for (String key : updates.recount()) recount(key);
    for (Map.Entry<String, EntityTally> e : updates.additions().entrySet()) {
      Optional<EntityTally> stored = stored(entityId(e.getKey()));
      if (stored.isPresent()) {
        write(entityId(e.getKey()), stored.get().plus(e.getValue()));
      } else {
        recount(e.getKey()); // a new entity, or one stored without a tally: its mentions are all in the index
      }
    }
  }

  private void recount(String key) throws IOException {
    String id = entityId(key);
    List<Document> docs = Hits.all(searcher, new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Docs.KIND, "mention")), BooleanClause.Occur.FILTER)
        .add(new TermQuery(Docs.term(Docs.ENTITY, key)), BooleanClause.Occur.FILTER).build());
    if (docs.isEmpty()) {
      writer.deleteDocuments(Docs.term(Docs.ID, id));
      return;
    }
    Map<String, List<EntityMention>> byArticle = new HashMap<>();
    for (Document d : docs) {
      byArticle.computeIfAbsent(d.get(Docs.ARTICLE), a -> new ArrayList<>())
          .add(RecordCodec.read(d.get(Docs.JSON), EntityMention.class));
    }
    EntityTally total = null;
    for (Map.Entry<String, List<EntityMention>> e : byArticle.entrySet()) {
      EntityTally t = EntityTally.ofArticle(e.getValue(), publishedOf(e.getKey()));
      total = total == null ? t : total.plus(t);
    }
    write(id, total);
  }

  private Optional<EntityTally> stored(String id) throws IOException {
    return Hits.first(searcher, Hits.kindAndId(Docs.ENTITY_KIND, id)).map(d -> d.get(TALLY))
        .map(json -> RecordCodec.read(json, EntityTally.class));
  }

  private void write(String id, EntityTally t) throws IOException {
    Document d = Docs.record(Docs.ENTITY_KIND, id, RecordCodec.write(t.profile(id)));
    d.add(new StoredField(TALLY, RecordCodec.write(t)));
    writer.updateDocument(Docs.term(Docs.ID, id), d);
  }

  private PartialDate publishedOf(String articleId) throws IOException {
    if (published.containsKey(articleId)) return published.get(articleId);
    PartialDate d = Hits.first(searcher, Hits.kindAndId(Docs.ARTICLE_KIND, articleId))
        .map(doc -> RecordCodec.read(doc.get(Docs.JSON), Article.class).published()).orElse(null);
    published.put(articleId, d);
    return d;
  }
}
