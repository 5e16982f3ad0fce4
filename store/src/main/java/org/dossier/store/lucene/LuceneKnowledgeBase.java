package org.dossier.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Event;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.EntityProfile;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;
import org.dossier.store.RecordRejected;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.StoreException;

/**
 * The knowledge base on a Lucene index in one folder. One process writes (Lucene's {@code write.lock}
 * refuses a second writer); any number read, each seeing the last commit. Records are stored as JSON
 * with indexed fields beside them ({@link Docs}); search is BM25 with the title boosted.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {
  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final MergeFailures merges;
  /** The failure that stopped this writer, if one did; later writes are refused with it. */
  private StoreException broken;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final EntityUpdates entityUpdates = new EntityUpdates();
  /** Commit data key saying whether the stored events were merged from every stored article. */
  private static final String EVENTS = "events";
  private static final String EVENTS_BEHIND = "behind";
  /** Whether pages were put since events were last replaced (this writer's view; null for a reader). */
  private Boolean eventsBehind;

  private LuceneKnowledgeBase(Path folder, Directory directory, IndexWriter writer, MergeFailures merges,
      SearcherManager searchers) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.merges = merges;
    this.searchers = searchers;
    if (writer != null) eventsBehind = EVENTS_BEHIND.equals(commitData(writer.getLiveCommitData()).get(EVENTS));
  }

  private static Map<String, String> commitData(Iterable<Map.Entry<String, String>> data) {
    Map<String, String> out = new java.util.HashMap<>();
    if (data != null) data.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Opens (or creates, in a missing or empty folder) a store to write; one writer at a time. Only
   * {@link #commit()} makes writes durable: closing without it drops them, so a failed run leaves the
   * last commit as it was.
   */
  public static LuceneKnowledgeBase openForWriting(Path folder) {
    return openForWriting(folder, UnaryOperator.identity());
  }

  /** As {@link #openForWriting(Path)}, with the index's directory wrapped (tests inject failures so). */
  static LuceneKnowledgeBase openForWriting(Path folder, UnaryOperator<Directory> wrap) {
    Path index = StoreFolder.prepareForWriting(folder);
    Directory dir = null;
    try {
      dir = wrap.apply(FSDirectory.open(index));
      MergeFailures merges = new MergeFailures();
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false).setMergeScheduler(merges);
      IndexWriter writer = new IndexWriter(dir, config);
      writer.commit();
      return new LuceneKnowledgeBase(folder, dir, writer, merges, new SearcherManager(writer, new SearcherFactory()));
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new StoreException("another process is writing to store " + folder + " (it holds "
          + index.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish or use another --store", e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw StoreFolder.cannotWrite(folder, e);
    }
  }

  /** Opens a store to read; it sees the last commit even while another process writes. */
  public static LuceneKnowledgeBase openForReading(Path folder) {
    Path index = StoreFolder.check(folder);
    try {
      if (!Files.isDirectory(index)) Files.createDirectories(index);
      Directory dir = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(dir)) {
        dir.close();
        throw new StoreException("store " + folder + " holds no committed data yet; wait for the first ingest "
            + "to commit, or ingest into it");
      }
      return new LuceneKnowledgeBase(folder, dir, null, null, new SearcherManager(dir, new SearcherFactory()));
    } catch (IOException e) {
      throw new StoreException("cannot read store " + folder + " (" + e.getMessage()
          + "); check the folder's permissions, or re-ingest into a new --store", e);
    }
  }

  @Override
  public Path folder() {
    return folder;
  }

  @Override
  public Optional<PageRecord> page(String name) {
    return read(s -> Hits.first(s, new TermQuery(Docs.term(Docs.ID, "p:" + name)))
        .map(d -> RecordCodec.readPage(d.get(Docs.JSON))));
  }

  /**
   * {@inheritDoc} A value the index refuses (Lucene fails a document with an over-long term) rejects the
   * page alone: what it had added is deleted again and {@link RecordRejected} says why.
   */
  @Override
  public void putPage(PageRecord page, List<AnnotatedArticle> articles) {
    write(() -> {
      Query ofPage = new TermQuery(Docs.term(Docs.PAGE, page.name()));
      entityUpdates.replacing(page.name(), mentionedEntities(ofPage));
      writer.deleteDocuments(ofPage);
      eventsBehind = true;
      try {
        writer.addDocument(Docs.page(page));
        for (AnnotatedArticle aa : articles) addArticle(page.name(), aa);
      } catch (IllegalArgumentException e) {
        writer.deleteDocuments(ofPage);
        entityUpdates.replacing(page.name(), Set.of());
        throw new RecordRejected("the index refused one of its values (" + org.dossier.core.model.Elision.of(e.getMessage()) + ")", e);
      }
    });
  }

  private void addArticle(String page, AnnotatedArticle aa) throws IOException {
    writer.addDocument(Docs.article(aa.article(), aa.annotations()));
    List<Annotation> all = aa.annotations();
    for (int i = 0; i < all.size(); i++) writer.addDocument(Docs.annotation(aa.article(), i, all.get(i)));
    entityUpdates.added(page, aa.article(), all);
  }

  @Override
  public void putPageText(String page, String text) {
    write(() -> writer.updateDocument(Docs.term(Docs.ID, "src:" + page), Docs.source(page, text)));
  }

  @Override
  public Optional<String> pageText(String page) {
    return read(s -> Hits.first(s, Hits.kindAndId(Docs.SOURCE_KIND, "src:" + page)).map(d -> d.get(Docs.JSON)));
  }

  @Override
  public void putEvents(List<Event> events) {
    write(() -> {
      for (Event e : events) {
        writer.updateDocument(Docs.term(Docs.ID, e.id()), Docs.record(Docs.EVENT_KIND, e.id(), RecordCodec.write(e)));
      }
    });
  }

  @Override
  public void replaceEvents(List<Event> events) {
    write(() -> writer.deleteDocuments(new TermQuery(new Term(Docs.KIND, Docs.EVENT_KIND))));
    putEvents(events);
    eventsBehind = false;
  }

  @Override
  public boolean eventsCurrent() {
    if (writer != null) return !eventsBehind;
    return read(s -> !EVENTS_BEHIND.equals(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()
        .get(EVENTS)));
  }

  @Override
  public void putStory(Story story) {
    write(() -> writer.updateDocument(Docs.term(Docs.ID, story.id()),
        Docs.record(Docs.STORY_KIND, story.id(), RecordCodec.write(story))));
  }

  @Override
  public void deleteStory(String id) {
    write(() -> writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(Docs.term(Docs.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Docs.KIND, Docs.STORY_KIND)), BooleanClause.Occur.FILTER).build()));
  }

  @Override
  public void commit() {
    write(() -> {
      if (!entityUpdates.isEmpty()) {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
          new EntityMerger(s, writer).merge(entityUpdates);
        } finally {
          searchers.release(s);
        }
        entityUpdates.clear();
      }
      // Events are merged after the pages they come from; until then the commit says they are behind.
      writer.setLiveCommitData(Map.of(EVENTS, eventsBehind ? EVENTS_BEHIND : "current").entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    });
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    return read(s -> Hits.first(s, Hits.kindAndId(Docs.ARTICLE_KIND, id)).map(d -> annotated(s, d)));
  }

  @Override
  public void forEachArticle(Consumer<AnnotatedArticle> action) {
    read(s -> {
      for (Document d : Hits.all(s, new TermQuery(new Term(Docs.KIND, Docs.ARTICLE_KIND)))) {
        action.accept(annotated(s, d));
      }
      return null;
    });
  }

  @Override
  public List<PageRecord> pages() {
    return all(Docs.PAGE_KIND).stream().map(d -> RecordCodec.readPage(d.get(Docs.JSON))).toList();
  }

  /**
   * Entities named in the text, and the outlets that published the articles: an outlet is a source the
   * dossier tracks even when no article names it in its text.
   */
  @Override
  public List<EntityProfile> entities() {
    List<EntityProfile> named = all(Docs.ENTITY_KIND).stream()
        .map(d -> RecordCodec.read(d.get(Docs.JSON), EntityProfile.class)).toList();
    Set<String> known = new HashSet<>();
    for (EntityProfile p : named) {
      known.add(Docs.entityKey(p.entity().name()));
      p.entity().aliases().forEach(a -> known.add(Docs.entityKey(a)));
    }
    Map<String, List<Article>> byOutlet = new java.util.TreeMap<>();
    for (Document d : all(Docs.ARTICLE_KIND)) {
      Article a = RecordCodec.read(d.get(Docs.JSON), Article.class);
      if (a.outlet() != null && !known.contains(Docs.entityKey(a.outlet()))) {
        byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a);
      }
    }
    List<EntityProfile> out = new ArrayList<>(named);
    byOutlet.forEach((outlet, articles) -> {
      List<PartialDate> dates = articles.stream().map(Article::published).filter(java.util.Objects::nonNull).sorted()
          .toList();
      out.add(new EntityProfile(new Entity(EntityMerger.entityId(Docs.entityKey(outlet)), outlet,
          EntityKind.ORGANIZATION, List.of()), 0, articles.size(), dates.isEmpty() ? null : dates.get(0),
          dates.isEmpty() ? null : dates.get(dates.size() - 1)));
    });
    return out;
  }

  @Override
  public List<Event> events() {
    return all(Docs.EVENT_KIND).stream().map(d -> RecordCodec.read(d.get(Docs.JSON), Event.class)).toList();
  }

  @Override
  public List<Story> stories() {
    return all(Docs.STORY_KIND).stream().map(d -> RecordCodec.read(d.get(Docs.JSON), Story.class)).toList();
  }

  @Override
  public long version() {
    return read(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    return read(s -> new ArticleSearch(analyzer).search(s, query));
  }

  @Override
  public List<String> searchIds(SearchQuery query) {
    return read(s -> new ArticleSearch(analyzer).ids(s, query));
  }

  @Override
  public String snippet(String text, String query) {
    try {
      return new ArticleSearch(analyzer).snippet(text, query);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // analysing a string in memory does no I/O
    }
  }

  /** Closes the store; a writer's writes since the last {@link #commit()} are dropped. */
  @Override
  public void close() {
    try {
      IOUtils.close(searchers, writer, directory);
    } catch (IOException e) {
      throw new StoreException("cannot close store " + folder + " cleanly (" + e.getMessage()
          + "); its last commit is intact", e);
    }
  }

  private List<Document> all(String kind) {
    return read(s -> Hits.all(s, new TermQuery(new Term(Docs.KIND, kind))));
  }

  private static AnnotatedArticle annotated(IndexSearcher s, Document articleDoc) {
    Article a = RecordCodec.read(articleDoc.get(Docs.JSON), Article.class);
    List<Annotation> annotations = new ArrayList<>();
    try {
      for (Document d : Hits.all(s, new TermQuery(Docs.term(Docs.ARTICLE, a.id())))) {
        annotations.add(RecordCodec.read(d.get(Docs.JSON), RecordCodec.annotationClass(d.get(Docs.KIND))));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new AnnotatedArticle(a, annotations);
  }

  private Set<String> mentionedEntities(Query ofPage) throws IOException {
    // The searcher lags behind this batch; EntityUpdates knows the mentions a page added earlier in it.
    Set<String> keys = new HashSet<>();
    IndexSearcher s = searchers.acquire();
    try {
      Query mentions = new BooleanQuery.Builder().add(ofPage, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Docs.KIND, "mention")), BooleanClause.Occur.FILTER).build();
      for (Document d : Hits.all(s, mentions)) {
        keys.add(Docs.entityKey(RecordCodec.read(d.get(Docs.JSON), EntityMention.class).entity()));
      }
    } finally {
      searchers.release(s);
    }
    return keys;
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoRead<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  /**
   * Runs a write. After a failed one the writer's uncommitted batch is rolled back and every later write
   * refused with the same error: half of a batch (say, entity tallies already raised) must never be
   * committed by a retry.
   */
  private void write(IoAction action) {
    if (writer == null) throw new IllegalStateException("store " + folder + " was opened for reading only");
    if (broken != null) throw broken;
    try {
      action.run();
      if (merges.failure() != null) throw failed(merges.failure());
    } catch (IOException e) {
      throw brokenBy(StoreFolder.cannotWrite(folder, e));
    } catch (AlreadyClosedException e) {
      // Lucene closed the writer after a failure it could not recover from; that failure is the news.
      throw brokenBy(failed(writer.getTragicException() != null ? writer.getTragicException() : e));
    } catch (IllegalStateException e) {
      // "this writer hit an unrecoverable error; cannot commit": a merge failed first (a full disk, say)
      if (writer.getTragicException() == null && merges.failure() == null) throw e;
      throw brokenBy(failed(writer.getTragicException() != null ? writer.getTragicException() : merges.failure()));
    } catch (StoreException e) {
      throw brokenBy(e);
    }
  }

  private StoreException brokenBy(StoreException e) {
    broken = e;
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // the store is already failing; its last commit is what survives either way
    }
    return e;
  }

  private StoreException failed(Throwable cause) {
    if (cause instanceof IOException io) return StoreFolder.cannotWrite(folder, io);
    if (cause.getCause() instanceof IOException io) return StoreFolder.cannotWrite(folder, io);
    return new StoreException("store " + folder + " stopped writing (" + cause + "); its last commit is intact; "
        + "run the command again", cause);
  }

  private <T> T read(IoRead<T> action) {
    try {
      if (writer == null) searchers.maybeRefresh(); // a reader follows the writer's commits
      IndexSearcher s = searchers.acquire();
      try {
        return action.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read store " + folder + " (" + e.getMessage() + "); check the folder", e);
    }
  }

  private static void closeQuietly(Directory dir) {
    try {
      if (dir != null) dir.close();
    } catch (IOException ignored) {
      // already failing with a clearer error
    }
  }
}
