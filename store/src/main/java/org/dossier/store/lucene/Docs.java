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
import org.apache.lucene.index.Term;
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

  /**
   * Longest index term kept whole, in UTF-8 bytes. Lucene refuses a term over 32,766 bytes and fails the
   * whole document; a page named by a 40 KB URL must still be stored, so longer keys are cut and hashed.
   * Keys up to this length are terms as they always were, so stores written before the bound read on.
   */
  static final int MAX_KEY_BYTES = 16_000;
  /** Longest sort key kept whole, in bytes (doc values share Lucene's 32,766-byte bound). */
  static final int MAX_ORDER_BYTES = 4096;

  private Docs() {}

  /**
   * The index term for a key: the key itself when short, else its start and a hash of the whole, so two
   * long keys with the same start stay apart. The full value is always in the stored JSON.
   */
  static String key(String value) {
    if (value.length() * 3 <= MAX_KEY_BYTES || utf8Length(value) <= MAX_KEY_BYTES) return value;
    int end = Math.min(value.length(), (MAX_KEY_BYTES - 20) / 3);
    if (Character.isHighSurrogate(value.charAt(end - 1))) end--;
    return value.substring(0, end) + "#" + org.dossier.core.model.Ids.hash(value);
  }

  /** A term on a keyed field, bounded as {@link #key} bounds it. */
  static Term term(String field, String value) {
    return new Term(field, key(value));
  }

  /**
   * A sort key cut to {@link #MAX_ORDER_BYTES}: its start, a hash of the whole and its last bytes (an
   * article's key ends in its id, which search reads back). Only keys that long lose their order past
   * the cut.
   */
  static BytesRef order(byte[] key) {
    if (key.length <= MAX_ORDER_BYTES) return new BytesRef(key);
    byte[] hash = org.dossier.core.model.Ids.hash(new String(key, java.nio.charset.StandardCharsets.UTF_8))
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int tail = 48;
    int head = MAX_ORDER_BYTES - hash.length - tail;
    byte[] cut = java.util.Arrays.copyOf(key, MAX_ORDER_BYTES);
    System.arraycopy(hash, 0, cut, head, hash.length);
    System.arraycopy(key, key.length - tail, cut, head + hash.length, tail);
    return new BytesRef(cut);
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** The key an entity name is filed under: lower case, spaces folded. */
  static String entityKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static Document page(PageRecord p) {
    Document d = base(PAGE_KIND, "p:" + p.name(), RecordCodec.writePage(p));
    d.add(new StringField(PAGE, key(p.name()), Field.Store.NO));
    d.add(new SortedDocValuesField(ORDER, order(p.name().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return d;
  }

  /** A page's own text, filed under the page so that re-putting the page removes it. */
  static Document source(String page, String text) {
    Document d = record(SOURCE_KIND, "src:" + page, text);
    d.add(new StringField(PAGE, key(page), Field.Store.NO));
    return d;
  }

  static Document article(Article a, List<Annotation> annotations) {
    Document d = base(ARTICLE_KIND, a.id(), RecordCodec.write(a));
    d.add(new StringField(PAGE, key(a.page()), Field.Store.NO));
    d.add(new SortedDocValuesField(ORDER, order(ArticleOrder.key(a))));
    if (a.title() != null) d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    d.add(new TextField(TEXT, a.text(), Field.Store.NO));
    if (a.outlet() != null) d.add(new StringField(OUTLET, key(a.outlet().toLowerCase(Locale.ROOT)), Field.Store.NO));
    d.add(new StringField(ROLE, a.role().wire(), Field.Store.NO));
    Long day = epochDay(a.published());
    if (day != null) d.add(new LongPoint(DAY, day));
    annotations.stream().filter(x -> x instanceof EntityMention).map(x -> entityKey(((EntityMention) x).entity()))
        .distinct().forEach(k -> d.add(new StringField(ENTITY, key(k), Field.Store.NO)));
    return d;
  }

  /** A fact: its id is its article, kind and span, so re-ingesting the same text yields the same id. */
  static Document annotation(Article a, int position, Annotation x) {
    String kind = RecordCodec.kind(x);
    String id = kind.charAt(0) + org.dossier.core.model.Ids.hash(a.id(), kind, Integer.toString(position),
        Integer.toString(x.span().begin()), Integer.toString(x.span().end()));
    Document d = base(kind, id, RecordCodec.write(x));
    d.add(new StringField(PAGE, key(a.page()), Field.Store.NO));
    d.add(new StringField(ARTICLE, key(a.id()), Field.Store.YES));
    d.add(new SortedDocValuesField(ORDER, order((a.id() + '\u0000' + "%08d".formatted(position))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    if (x instanceof EntityMention m) d.add(new StringField(ENTITY, key(entityKey(m.entity())), Field.Store.NO));
    return d;
  }

  static Document record(String kind, String id, String json) {
    Document d = base(kind, id, json);
    d.add(new SortedDocValuesField(ORDER, order(id.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
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
    d.add(new StringField(ID, key(id), Field.Store.YES));
    d.add(new StoredField(JSON, json));
    return d;
  }
}
