package org.dossier.core.model;

import java.util.List;

/**
 * A happening merged from the {@link EventMention}s that report it, across sentences and articles.
 *
 * @param articles ids of the articles that report it
 */
public record Event(String id, EventKind kind, List<String> actors, PartialDate date, String place, String summary,
    List<String> articles) {
  public Event {
    actors = List.copyOf(actors);
    articles = List.copyOf(articles);
  }
}
