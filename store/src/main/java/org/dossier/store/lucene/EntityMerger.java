package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.store.EntityProfile;

/**
 * Merges the mentions of an entity across articles into its profile, recomputed from every stored
 * mention of its canonical name so that re-ingesting never double counts. The entity id hashes the
 * canonical name's key, so it is stable.
 */
final class EntityMerger {
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

  void merge(List<String> keys) throws IOException {
    for (String key : keys) {
      String id = entityId(key);
      List<Document> docs = Hits.all(searcher, new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Docs.KIND, "mention")), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Docs.ENTITY, key)), BooleanClause.Occur.FILTER).build());
      if (docs.isEmpty()) {
        writer.deleteDocuments(new Term(Docs.ID, id));
        continue;
      }
      EntityProfile p = profile(id, docs);
      writer.updateDocument(new Term(Docs.ID, id), Docs.record(Docs.ENTITY_KIND, id, RecordCodec.write(p)));
    }
  }

  private EntityProfile profile(String id, List<Document> docs) throws IOException {
    Map<String, Integer> names = new HashMap<>();
    Map<EntityKind, Integer> kinds = new HashMap<>();
    Set<String> written = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    for (Document d : docs) {
      EntityMention m = RecordCodec.read(d.get(Docs.JSON), EntityMention.class);
      names.merge(m.entity(), 1, Integer::sum);
      kinds.merge(m.kind(), 1, Integer::sum);
      if (m.text() != null) written.add(m.text().strip());
      articles.add(d.get(Docs.ARTICLE));
    }
    String name = mostFrequent(names);
    List<String> aliases = new ArrayList<>();
    for (String w : written) if (!w.equalsIgnoreCase(name) && !w.isEmpty()) aliases.add(w);
    PartialDate first = null, last = null;
    for (String a : articles) {
      PartialDate d = publishedOf(a);
      if (d == null) continue;
      if (first == null || d.compareTo(first) < 0) first = d;
      if (last == null || d.compareTo(last) > 0) last = d;
    }
    return new EntityProfile(new Entity(id, name, mostFrequent(kinds), aliases), docs.size(), articles.size(),
        first, last);
  }

  private PartialDate publishedOf(String articleId) throws IOException {
    if (published.containsKey(articleId)) return published.get(articleId);
    PartialDate d = Hits.first(searcher, Hits.kindAndId(Docs.ARTICLE_KIND, articleId))
        .map(doc -> RecordCodec.read(doc.get(Docs.JSON), Article.class).published()).orElse(null);
    published.put(articleId, d);
    return d;
  }

  /** The most frequent key; ties go to the smallest, so the choice is stable. */
  private static <K extends Comparable<K>> K mostFrequent(Map<K, Integer> counts) {
    K best = null;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (best == null || c > counts.get(best) || (c == counts.get(best) && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
