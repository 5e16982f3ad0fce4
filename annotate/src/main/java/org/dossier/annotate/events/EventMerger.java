package org.dossier.annotate.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.pipeline.AnnotatedArticle;

/**
 * Merges the event mentions of many articles into events: two mentions report the same happening when they
 * are of the same kind, their dates agree at the coarser precision (an unknown date agrees with any) and
 * they share an actor. Pure and deterministic: the same input in the same order gives the same events and
 * ids.
 */
public final class EventMerger {
  /** One article's event mentions. */
  public record ArticleEvents(String articleId, List<EventMention> mentions) {
    public ArticleEvents {
      mentions = List.copyOf(mentions);
    }

    /** The event mentions of an annotated article, in the order they were found. */
    public static ArticleEvents of(AnnotatedArticle aa) {
      return new ArticleEvents(aa.article().id(), aa.all(EventMention.class));
    }
  }

  private EventMerger() {}

  /** The merged events, in order of their first mention. */
  public static List<Event> merge(List<ArticleEvents> articles) {
    List<Cluster> clusters = new ArrayList<>();
    for (ArticleEvents a : articles) {
      for (EventMention m : a.mentions()) {
        Cluster home = clusters.stream().filter(c -> c.accepts(m)).findFirst().orElse(null);
        if (home == null) clusters.add(home = new Cluster(m.kind(), a.articleId(), m));
        home.add(a.articleId(), m);
      }
    }
    return clusters.stream().map(Cluster::toEvent).toList();
  }

  private static final class Cluster {
    private final EventKind kind;
    private final String id;
    private final Map<String, Integer> actors = new LinkedHashMap<>();
    private final Set<String> articles = new LinkedHashSet<>();
    private final List<EventMention> mentions = new ArrayList<>();
    private PartialDate date;
    private String place;

    Cluster(EventKind kind, String firstArticle, EventMention first) {
      this.kind = kind;
      this.id = "e" + Ids.hash(kind.name(), firstArticle, Integer.toString(first.trigger().begin()));
    }

    boolean accepts(EventMention m) {
      return m.kind() == kind && EventDates.agree(date, m.date())
          && m.actors().stream().anyMatch(actors::containsKey);
    }

    void add(String article, EventMention m) {
      mentions.add(m);
      articles.add(article);
      m.actors().forEach(x -> actors.merge(x, 1, Integer::sum));
      if (m.date() != null && (date == null || m.date().precision().compareTo(date.precision()) > 0)) date = m.date();
      if (place == null) place = m.place();
    }

    Event toEvent() {
      List<String> names = new ArrayList<>(actors.keySet());
      names.sort(Comparator.comparingInt((String n) -> -actors.get(n)));
      EventMention best = Collections.max(mentions, Comparator.comparingInt(m -> m.actors().size()));
      return new Event(id, kind, names, date, place, best.summary(), List.copyOf(articles));
    }
  }
}
