package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dossier.core.model.Article;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;

/** Best-first article search: BM25 over title (boosted) and text, with the query's filters. */
final class ArticleSearch {
  /** How much a title match outweighs a body match. */
  private static final float TITLE_BOOST = 2.0f;
  /** Characters of context on each side of the first matching word in a snippet. */
  private static final int SNIPPET_CONTEXT = 90;

  private final Analyzer analyzer;

  ArticleSearch(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<SearchHit> search(IndexSearcher s, SearchQuery q) throws IOException {
    Set<String> terms = terms(q.text());
    List<SearchHit> hits = new ArrayList<>();
    for (ScoreDoc sd : s.search(query(q), Math.max(1, q.limit())).scoreDocs) {
      Article a = RecordCodec.read(s.storedFields().document(sd.doc).get(Docs.JSON), Article.class);
      hits.add(new SearchHit(a, sd.score, snippet(a.text(), terms)));
    }
    return hits;
  }

  /**
   * The ids of the matching articles, best first, read from the sort key's doc values: no stored
   * article is decompressed or parsed, so a thousand hits cost little more than ten.
   */
  List<String> ids(IndexSearcher s, SearchQuery q) throws IOException {
    List<String> ids = new ArrayList<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : s.search(query(q), Math.max(1, q.limit())).scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      // A fresh iterator per hit: doc values only move forward, and hits come in score order.
      SortedDocValues order = DocValues.getSorted(leaf.reader(), Docs.ORDER);
      if (!order.advanceExact(sd.doc - leaf.docBase)) {
        throw new IllegalStateException("article document " + sd.doc + " has no sort key; rebuild the store");
      }
      String key = order.lookupOrd(order.ordValue()).utf8ToString();
      ids.add(key.substring(key.lastIndexOf('\u0000') + 1));
    }
    return ids;
  }

  /** The text around the first word of {@code text} that the query matches. */
  String snippet(String text, String query) throws IOException {
    return snippet(text, terms(query));
  }

  private Query query(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parse(q.text()), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Docs.KIND, Docs.ARTICLE_KIND)), BooleanClause.Occur.FILTER);
    if (q.entity() != null) filter(b, Docs.ENTITY, Docs.entityKey(q.entity()));
    if (q.outlet() != null) filter(b, Docs.OUTLET, q.outlet().toLowerCase(Locale.ROOT));
    if (q.role() != null) filter(b, Docs.ROLE, q.role().toLowerCase(Locale.ROOT));
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Docs.DAY, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Docs.TITLE, Docs.TEXT}, analyzer,
        Map.of(Docs.TITLE, TITLE_BOOST, Docs.TEXT, 1.0f));
    try {
      return parser.parse(text);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      String quoted = org.dossier.core.model.Elision.of(text, 80);
      if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw new IllegalArgumentException("the query '" + quoted + "' has more than "
            + IndexSearcher.getMaxClauseCount() + " terms; search with fewer words");
      }
      throw new IllegalArgumentException("cannot parse the query '" + quoted + "'; put special characters"
          + " (: \" ( ) [ ] ! -) in quotes or leave them out");
    }
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    b.add(new TermQuery(Docs.term(field, value)), BooleanClause.Occur.FILTER);
  }

  /** The analysed forms of the query's words, to find them again in a text. */
  private Set<String> terms(String text) throws IOException {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = analyzer.tokenStream(Docs.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  /** The text around the first word whose analysed form the query holds; the opening when none does. */
  String snippet(String text, Set<String> terms) throws IOException {
    int at = 0;
    try (TokenStream ts = analyzer.tokenStream(Docs.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          at = offset.startOffset();
          break;
        }
      }
      ts.end();
    }
    int begin = Math.max(0, at - SNIPPET_CONTEXT);
    int end = Math.min(text.length(), at + SNIPPET_CONTEXT);
    String cut = text.substring(begin, end).replaceAll("\\s+", " ").strip();
    return (begin > 0 ? "…" : "") + cut + (end < text.length() ? "…" : "");
  }
}
