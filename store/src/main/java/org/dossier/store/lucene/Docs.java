package org.dossier.store.lucene;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PartialDate;
import org.dossier.store.ArticleOrder;
import org.dossier.store.PageRecord;

/**
 * The index's documents: one per page, article, annotation, merged entity, event and story. Every
 * document has a {@code kind}, a unique {@code id} (updates replace by id) and its record as JSON in
 * {@code json}; articles and mentions add the fields search and filters use.
 */
final class Docs {
  static final String KIND = "kind";
  static final String ID = "id";
  static final String PAGE = "page";
  static final String ARTICLE = "article";
  static final String JSON = "json";
  static final String ORDER = "order";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String ROLE = "role";
  static final String DAY = "day";
  static final String ENTITY = "entity";

  static final String PAGE_KIND = "page";
  static final String ARTICLE_KIND = "article";
  static final String ENTITY_KIND = "entity";
  static final String EVENT_KIND = "event";
  static final String STORY_KIND = "story";
  static final String SOURCE_KIND = "source";

  private Docs() {}

  /** The key an entity name is filed under: lower case, spaces folded. */
  static String entityKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static Document page(PageRecord p) {
    Document d = base(PAGE_KIND, "p:" + p.name(), RecordCodec.writePage(p));
    d.add(new StringField(PAGE, p.name(), Field.Store.NO));
    d.add(new SortedDocValuesField(ORDER, new BytesRef(p.name())));
    return d;
  }

  /** A page's own text, filed under the page so that re-putting the page removes it. */
  static Document source(String page, String text) {
    Document d = record(SOURCE_KIND, "src:" + page, text);
    d.add(new StringField(PAGE, page, Field.Store.NO));
    return d;
  }

  static Document article(Article a, List<Annotation> annotations) {
    Document d = base(ARTICLE_KIND, a.id(), RecordCodec.write(a));
    d.add(new StringField(PAGE, a.page(), Field.Store.NO));
    d.add(new SortedDocValuesField(ORDER, new BytesRef(ArticleOrder.key(a))));
    if (a.title() != null) d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    d.add(new TextField(TEXT, a.text(), Field.Store.NO));
    if (a.outlet() != null) d.add(new StringField(OUTLET, a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StringField(ROLE, a.role().wire(), Field.Store.NO));
    Long day = epochDay(a.published());
    if (day != null) d.add(new LongPoint(DAY, day));
    annotations.stream().filter(x -> x instanceof EntityMention).map(x -> entityKey(((EntityMention) x).entity()))
        .distinct().forEach(k -> d.add(new StringField(ENTITY, k, Field.Store.NO)));
    return d;
  }

  /** A fact: its id is its article, kind and span, so re-ingesting the same text yields the same id. */
  static Document annotation(Article a, int position, Annotation x) {
    String kind = RecordCodec.kind(x);
    String id = kind.charAt(0) + org.dossier.core.model.Ids.hash(a.id(), kind, Integer.toString(position),
        Integer.toString(x.span().begin()), Integer.toString(x.span().end()));
    Document d = base(kind, id, RecordCodec.write(x));
    d.add(new StringField(PAGE, a.page(), Field.Store.NO));
    d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ORDER, new BytesRef(a.id() + '\u0000' + "%08d".formatted(position))));
    if (x instanceof EntityMention m) d.add(new StringField(ENTITY, entityKey(m.entity()), Field.Store.NO));
    return d;
  }

  static Document record(String kind, String id, String json) {
    Document d = base(kind, id, json);
    d.add(new SortedDocValuesField(ORDER, new BytesRef(id)));
    return d;
  }

  /** The first day of the period the date names, as days since 1970-01-01; null when unknown. */
  static Long epochDay(PartialDate p) {
    if (p == null) return null;
    int month = Math.max(1, p.month());
    int day = Math.max(1, p.day());
    return java.time.LocalDate.of(p.year(), month, day).toEpochDay();
  }

  private static Document base(String kind, String id, String json) {
    Document d = new Document();
    d.add(new StringField(KIND, kind, Field.Store.YES));
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new StoredField(JSON, json));
    return d;
  }
}
