package org.dossier.annotate.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.annotate.quotes.Mentions;
import org.dossier.annotate.quotes.Sentences;
import org.dossier.annotate.quotes.TextToken;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.Annotator;

/**
 * Event mentions by rule: a trigger word of a kind (data file {@code triggers.txt}) in a sentence that names
 * at least one actor, unless a hedge just before it makes the happening planned or suspected. Actors are
 * the sentence's named people, organisations, places and equipment (relays such as "X reported" left
 * out); the place is a location introduced by "in" or "at"; the date is the sentence's date expression.
 */
public final class RuleEventAnnotator implements Annotator {
  private static final Map<String, String> TRIGGERS = Lexicon.table(RuleEventAnnotator.class, "triggers.txt");
  private static final Set<String> HEDGES = Lexicon.words(RuleEventAnnotator.class, "hedges.txt");
  private static final Set<String> RELAY_WORDS = Lexicon.words(RuleEventAnnotator.class, "relay-words.txt");
  /** How many words before a trigger a hedge may stand. */
  private static final int HEDGE_REACH = 3;

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of(EntityMention.class, TimeMention.class);
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(EventMention.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    return new ArrayList<>(events(article, soFar));
  }

  public List<EventMention> events(Article article, List<Annotation> soFar) {
    String text = article.text();
    Mentions mentions = Mentions.of(soFar);
    List<TimeMention> times = soFar.stream().filter(TimeMention.class::isInstance).map(TimeMention.class::cast).toList();
    List<EventMention> out = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      List<TextToken> toks = TextToken.of(text, sentence.begin(), sentence.end());
      Set<EventKind> seen = EnumSet.noneOf(EventKind.class);
      for (int i = 0; i < toks.size(); i++) {
        String kind = TRIGGERS.get(toks.get(i).lower());
        if (kind == null || !seen.add(EventKind.valueOf(kind)) || hedged(toks, i)) continue;
        EventMention e = mention(text, sentence, toks.get(i), EventKind.valueOf(kind), mentions, times);
        if (e != null) out.add(e);
      }
    }
    return out;
  }

  private static boolean hedged(List<TextToken> toks, int i) {
    for (int k = Math.max(0, i - HEDGE_REACH); k < i; k++) if (HEDGES.contains(toks.get(k).lower())) return true;
    return false;
  }

  private static EventMention mention(String text, Span sentence, TextToken trigger, EventKind kind, Mentions mentions,
      List<TimeMention> times) {
    EntityMention place = null;
    Set<String> actors = new LinkedHashSet<>();
    for (EntityMention m : mentions.within(sentence.begin(), sentence.end())) {
      if (m.kind() == EntityKind.OTHER || isRelay(text, m)) continue;
      int rank = m.kind() == EntityKind.LOCATION ? placeRank(text, m) : 0;
      if (rank > 0 && (place == null || rank > placeRank(text, place))) {
        if (place != null) actors.add(place.entity());
        place = m;
      } else {
        actors.add(m.entity());
      }
    }
    if (place != null) actors.remove(place.entity());
    if (actors.isEmpty()) return null;
    PartialDate date = dateOf(sentence, trigger, times);
    String where = place == null ? null : place.entity();
    return new EventMention(sentence, kind, trigger.span(), List.copyOf(actors), date, where,
        summary(List.copyOf(actors), trigger.text(), where));
  }

  private static boolean isRelay(String text, EntityMention m) {
    List<TextToken> next = TextToken.of(text, m.span().end(), Math.min(text.length(), m.span().end() + 20));
    int k = !next.isEmpty() && next.get(0).text().equals(",") ? 1 : 0;
    if (next.size() > k && RELAY_WORDS.contains(next.get(k).lower())) return true;
    String before = text.substring(Math.max(0, m.span().begin() - 14), m.span().begin()).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("according to ") || before.endsWith("citing ");
  }

  /** 2 for a place where it happened ("in X", "at X"), 1 for one it went to ("to X"), 0 for none. */
  private static int placeRank(String text, EntityMention m) {
    String before = text.substring(Math.max(0, m.span().begin() - 10), m.span().begin()).toLowerCase(java.util.Locale.ROOT);
    if (before.matches(".*\\b(in|at|near) (the )?$")) return 2;
    return before.matches(".*\\b(across|visited|to) (the )?$") ? 1 : 0;
  }

  private static PartialDate dateOf(Span sentence, TextToken trigger, List<TimeMention> times) {
    TimeMention best = null;
    for (TimeMention t : times) {
      if (t.kind() != TimeMention.Kind.DATE || !sentence.contains(t.span()) || EventDates.of(t.value()) == null) continue;
      if (best == null || Math.abs(t.span().begin() - trigger.begin()) < Math.abs(best.span().begin() - trigger.begin())) {
        best = t;
      }
    }
    return best == null ? null : EventDates.of(best.value());
  }

  private static String summary(List<String> actors, String verb, String place) {
    StringBuilder sb = new StringBuilder(actors.get(0)).append(' ').append(verb);
    if (actors.size() > 1) sb.append(' ').append(String.join(" and ", actors.subList(1, actors.size())));
    if (place != null) sb.append(" in ").append(place);
    return sb.toString();
  }
}
