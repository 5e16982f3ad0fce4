package org.dossier.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.core.model.Event;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;

/**
 * The dossier's knowledge base: pages with their outcome, articles with every fact found in them,
 * entities merged across articles, events and stories. Writes become durable and visible to other
 * readers at {@link #commit()}; re-putting a page replaces what it held, so ids are stable and
 * re-ingesting creates no duplicates.
 *
 * <p>Implementations say their technique ({@code LuceneKnowledgeBase}); every implementation must pass
 * the store contract tests. Failures to read or write the folder are {@link StoreException}s.
 */
public interface KnowledgeBase extends AutoCloseable {
  /** The folder the store lives in. */
  Path folder();

  /** What the store knows of a page, if it has seen it. */
  Optional<PageRecord> page(String name);

  /** Records a page and replaces its articles and their facts (none for a page that failed). */
  void putPage(PageRecord page, List<AnnotatedArticle> articles);

  /**
   * Keeps the page's own text (its visible text, one block a line) so a reader can check what was cut out
   * of it. Call after {@link #putPage}, which forgets the text a page had before.
   */
  void putPageText(String page, String text);

  /** The text kept for a page, if any. */
  Optional<String> pageText(String page);

  /** Writes events (replacing any with the same id). */
  void putEvents(List<Event> events);

  /** Replaces every stored event: events are merged across all articles, so a new page can regroup old ones. */
  void replaceEvents(List<Event> events);

  /**
   * Whether the stored events were merged from every stored article: false after a run stopped between
   * committing pages and merging events (a crash, a kill). Readers then merge the events themselves.
   */
  boolean eventsCurrent();

  /** Writes or replaces a story. */
  void putStory(Story story);

  /** Forgets a story (merged into another or split up); unknown ids are ignored. */
  void deleteStory(String id);

  /** Makes everything written so far durable, and merges the entities the new mentions touch. */
  void commit();

  Optional<AnnotatedArticle> article(String id);

  /** Every article with its annotations, in {@link ArticleOrder}. */
  void forEachArticle(Consumer<AnnotatedArticle> action);

  List<PageRecord> pages();

  List<EntityProfile> entities();

  List<Event> events();

  List<Story> stories();

  /**
   * A number that changes whenever a commit becomes visible to this instance, so a reader (the web
   * server) can tell cheaply when to rebuild what it derived from the store.
   */
  long version();

  /** Best-first full-text search over articles. */
  List<SearchHit> search(SearchQuery query);

  /**
   * The ids of the articles {@link #search} would return, in its order, without reading them: for a
   * caller that already holds the articles and shows a page of many hits.
   */
  List<String> searchIds(SearchQuery query);

  /** The search snippet of a text for a query: the text around the first word the query matches. */
  String snippet(String text, String query);

  @Override
  void close();
}
