package org.dossier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One report, in one sentence, of a happening.
 *
 * @param kind what kind of happening
 * @param trigger the span of the word that names it ("met", "inspected")
 * @param actors canonical names of who took part
 * @param date when, at its known precision, or null
 * @param place canonical name of where, or null
 * @param summary a short plain sentence ("Kim Jong Un met Sergei Shoigu in Pyongyang")
 */
public record EventMention(Span span, EventKind kind, Span trigger, List<String> actors, PartialDate date,
    String place, String summary) implements Annotation {
  public EventMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    actors = List.copyOf(actors);
  }
}
