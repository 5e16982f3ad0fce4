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
 * they have the same agent, their first actor (statements and OTHER happenings also the same word). Pure and deterministic: the same input in the same order gives the same events and
 * ids.
 */
public final class EventMerger {
  /**
   * One article's event mentions, each with its trigger's stem ("confirm" for "confirmed"; empty when the
   * text is not at hand), which tells one statement from another by the same speaker.
   */
  public record ArticleEvents(String articleId, List<EventMention> mentions, List<String> stems) {
    public ArticleEvents {
      mentions = List.copyOf(mentions);
      stems = List.copyOf(stems);
      if (stems.size() != mentions.size()) throw new IllegalArgumentException("one stem per mention");
    }

    /** Mentions whose trigger words are unknown. */
    public ArticleEvents(String articleId, List<EventMention> mentions) {
      this(articleId, mentions, Collections.nCopies(mentions.size(), ""));
    }

    /** The event mentions of an annotated article, in the order they were found. */
    public static ArticleEvents of(AnnotatedArticle aa) {
      String text = aa.article().text();
      List<EventMention> mentions = aa.all(EventMention.class);
      return new ArticleEvents(aa.article().id(), mentions,
          mentions.stream().map(m -> m.trigger() != null && m.trigger().fitsIn(text) ? stem(m.trigger().of(text)) : "")
              .toList());
    }
  }

  /** A crude stem: inflections of one reporting verb agree ("vows", "vowed", "vowing"). */
  static String stem(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (String end : new String[] {"ing", "ed", "es", "s", "e"}) {
      if (w.length() > end.length() + 2 && w.endsWith(end)) return w.substring(0, w.length() - end.length());
    }
    return w;
  }

  private EventMerger() {}

  /** The merged events, in order of their first mention. */
  public static List<Event> merge(List<ArticleEvents> articles) {
    List<Cluster> clusters = new ArrayList<>();
    for (ArticleEvents a : articles) {
      for (int i = 0; i < a.mentions().size(); i++) {
        EventMention m = a.mentions().get(i);
        String stem = a.stems().get(i);
        Cluster home = clusters.stream().filter(c -> c.accepts(m, stem)).findFirst().orElse(null);
        if (home == null) clusters.add(home = new Cluster(m.kind(), a.articleId(), m));
        home.add(a.articleId(), m, stem);
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
    private final Set<String> stems = new java.util.HashSet<>();
    private final String agent;
    private PartialDate date;
    private String place;

    Cluster(EventKind kind, String firstArticle, EventMention first) {
      this.kind = kind;
      this.agent = first.actors().isEmpty() ? null : first.actors().get(0);
      this.id = "e" + Ids.hash(kind.name(), firstArticle, Integer.toString(first.trigger().begin()));
    }

    /**
     * Same kind, agreeing dates and the same agent (the one who sent, struck or spoke: "Russia supplied North
     * Korea" is not "North Korea supplied Russia"); a statement or an OTHER happening also needs the same
     * word, since one speaker's confirmation and rejection are two statements, one man's arrest and plea two
     * happenings.
     */
    boolean accepts(EventMention m, String stem) {
      if (m.kind() != kind || !EventDates.agree(date, m.date()) || m.actors().isEmpty() || !m.actors().get(0).equals(agent)) {
        return false;
      }
      return kind != EventKind.STATEMENT && kind != EventKind.OTHER || stem.isEmpty() || stems.isEmpty()
          || stems.contains(stem);
    }

    void add(String article, EventMention m, String stem) {
      if (!stem.isEmpty()) stems.add(stem);
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
