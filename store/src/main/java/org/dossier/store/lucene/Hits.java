package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Small helpers to fetch stored documents: all matches in their stable order, or the first. */
final class Hits {
  private static final Sort BY_ORDER = new Sort(new SortField(Docs.ORDER, SortField.Type.STRING));

  private Hits() {}

  static List<Document> all(IndexSearcher s, Query q) throws IOException {
    // Sized to the matches: a sorted collector allocates for as many hits as it is asked for.
    int n = Math.max(1, s.count(q));
    ScoreDoc[] docs = s.search(q, n, BY_ORDER).scoreDocs;
    StoredFields fields = s.storedFields();
    List<Document> out = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) out.add(fields.document(d.doc));
    return out;
  }

  static Optional<Document> first(IndexSearcher s, Query q) throws IOException {
    ScoreDoc[] docs = s.search(q, 1).scoreDocs;
    return docs.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(docs[0].doc));
  }

  static Query kindAndId(String kind, String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Docs.KIND, kind)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(Docs.term(Docs.ID, id)), BooleanClause.Occur.FILTER).build();
  }
}
