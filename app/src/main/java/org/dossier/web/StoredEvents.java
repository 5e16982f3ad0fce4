package org.dossier.web;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.events.EventMerger;
import org.dossier.core.model.Event;
import org.dossier.store.KnowledgeBase;

/**
 * The store's events, whole: an ingest merges them after committing its pages, so a run stopped in
 * between (killed, crashed) leaves them behind the articles. Then they are merged here again, exactly as
 * the ingest would have, rather than shown short.
 */
public final class StoredEvents {
  private StoredEvents() {}

  /** The stored events when they are current, else the events merged from every stored article. */
  public static List<Event> of(KnowledgeBase kb) {
    if (kb.eventsCurrent()) return kb.events();
    // in the store's order (by id), so the answer is the same before and after the next ingest stores them
    return merged(kb).stream().sorted(java.util.Comparator.comparing(Event::id)).toList();
  }

  /** Every event mention in the store merged into events: the same happening told by several articles is one. */
  public static List<Event> merged(KnowledgeBase kb) {
    List<EventMerger.ArticleEvents> all = new ArrayList<>();
    kb.forEachArticle(aa -> all.add(EventMerger.ArticleEvents.of(aa)));
    return EventMerger.merge(all);
  }
}
