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
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.Annotator;

/**
 * Event mentions by rule: a trigger word of a kind (data file {@code triggers.txt}, or {@code senses.txt}
 * when its object decides) in a sentence that names at least one actor, unless a hedge just before it
 * makes the happening planned or suspected. Actors are the sentence's named people, organisations, places
 * and equipment (only the reported words' when the trigger is in a quote; relays such as "X reported" and
 * a dateline left out), the agent first; the place is a location introduced by "in" or "at"; the date is
 * the sentence's date expression.
 */
public final class RuleEventAnnotator implements Annotator {
  private static final Map<String, String> TRIGGERS = Lexicon.table(RuleEventAnnotator.class, "triggers.txt");
  private static final Set<String> HEDGES = Lexicon.words(RuleEventAnnotator.class, "hedges.txt");
  private static final Set<String> RELAY_WORDS = Lexicon.words(RuleEventAnnotator.class, "relay-words.txt");
  private static final Map<String, Map<String, String>> SENSES = senses(Lexicon.table(RuleEventAnnotator.class,
      "senses.txt"));
  /** A summary runs to the end of the trigger's clause, at most this many words past the trigger. */
  private static final int SUMMARY_WORDS = 12;
  /** Most characters between the agent and the trigger for the summary to start at the agent. */
  private static final int SUMMARY_GAP = 60;
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", ":", "(", "—", "–", "\"", "“", "”", "?", "!");
  /** How many words after a trigger its object may stand. */
  private static final int OBJECT_REACH = 5;
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
    List<Quote> quotes = soFar.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
    List<EventMention> out = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      List<TextToken> toks = TextToken.of(text, sentence.begin(), sentence.end());
      Set<EventKind> seen = EnumSet.noneOf(EventKind.class);
      for (int i = 0; i < toks.size(); i++) {
        String kind = kindOf(toks, i);
        if (kind == null || hedged(toks, i) || !seen.add(EventKind.valueOf(kind))) continue;
        Span scope = scope(sentence, toks.get(i), quotes);
        EventMention e = mention(text, sentence, scope, toks.get(i), EventKind.valueOf(kind), mentions, times);
        if (e != null) out.add(e);
      }
    }
    return out;
  }

  /**
   * The trigger's kind, or null: a word whose object tells its sense ("sent troops" against "sent a
   * message", data file {@code senses.txt}) takes the kind of the first object word that follows it.
   */
  private static String kindOf(List<TextToken> toks, int i) {
    String word = toks.get(i).lower();
    Map<String, String> senses = SENSES.get(word);
    if (senses != null) {
      for (int k = i + 1; k < Math.min(toks.size(), i + 1 + OBJECT_REACH); k++) {
        String sense = senses.get(toks.get(k).lower());
        if (sense != null) return sense.equals("NONE") ? null : sense;
      }
    }
    return TRIGGERS.get(word);
  }

  /** Where the actors are looked for: the reported words when the trigger lies in a quote, else the sentence. */
  private static Span scope(Span sentence, TextToken trigger, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.span().begin() <= trigger.begin() && trigger.end() <= q.span().end() && sentence.contains(q.span())) {
        return q.span();
      }
    }
    return sentence;
  }

  private static boolean hedged(List<TextToken> toks, int i) {
    for (int k = Math.max(0, i - HEDGE_REACH); k < i; k++) if (HEDGES.contains(toks.get(k).lower())) return true;
    return false;
  }

  private static EventMention mention(String text, Span sentence, Span scope, TextToken trigger, EventKind kind,
      Mentions mentions, List<TimeMention> times) {
    EntityMention place = null;
    List<EntityMention> found = new ArrayList<>();
    for (EntityMention m : mentions.within(scope.begin(), scope.end())) {
      if (m.kind() == EntityKind.OTHER || isRelay(text, m) || isDateline(text, sentence, m)) continue;
      int rank = m.kind() == EntityKind.LOCATION ? placeRank(text, m) : 0;
      if (rank > 0 && (place == null || rank > placeRank(text, place))) {
        if (place != null) found.add(place);
        place = m;
      } else {
        found.add(m);
      }
    }
    String where = place == null ? null : place.entity();
    found.removeIf(m -> m.entity().equals(where));
    if (found.isEmpty()) return null;
    EntityMention agent = agent(found, trigger);
    Set<String> actors = new LinkedHashSet<>();
    actors.add(agent.entity());
    found.forEach(m -> actors.add(m.entity()));
    PartialDate date = dateOf(sentence, trigger, times);
    return new EventMention(sentence, kind, trigger.span(), List.copyOf(actors), date, where,
        summary(text, scope, agent, trigger));
  }

  /** Who did it: the nearest actor before the trigger (English puts the subject first), else the first after. */
  private static EntityMention agent(List<EntityMention> found, TextToken trigger) {
    EntityMention before = null;
    for (EntityMention m : found) {
      if (m.span().end() <= trigger.begin()) before = m;
      else if (before == null && m.span().begin() >= trigger.end()) return m;
    }
    return before != null ? before : found.get(0);
  }

  /** A place name opening the sentence as a dateline ("Seoul: ...", "SEOUL -- ...") is where it was filed. */
  private static boolean isDateline(String text, Span sentence, EntityMention m) {
    if (m.kind() != EntityKind.LOCATION || !text.substring(sentence.begin(), m.span().begin()).isBlank()) return false;
    String after = text.substring(m.span().end(), Math.min(sentence.end(), m.span().end() + 4)).stripLeading();
    return after.startsWith(":") || after.startsWith("--") || after.startsWith("—") || after.startsWith("-");
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

  /**
   * The report's own words from the agent to the end of the trigger's clause ("Veloria sent 300 troops to
   * Portmaris last week"); when the agent is not in those words, its name leads.
   */
  private static String summary(String text, Span scope, EntityMention agent, TextToken trigger) {
    boolean leads = agent.span().end() <= trigger.begin() && trigger.begin() - agent.span().end() <= SUMMARY_GAP;
    int to = trigger.end();
    int words = 0;
    for (TextToken t : TextToken.of(text, trigger.end(), scope.end())) {
      boolean inNumber = t.end() < text.length() && Character.isDigit(text.charAt(t.end())); // "11,000"
      if (CLAUSE_ENDS.contains(t.text()) && !inNumber || ++words > SUMMARY_WORDS) break;
      to = t.end();
    }
    String own = text.substring(leads ? agent.span().begin() : trigger.begin(), to).replaceAll("\\s+", " ");
    boolean inside = agent.span().begin() >= trigger.begin() && agent.span().end() <= to;
    return leads || inside ? own : agent.entity() + ": " + own;
  }


  /** "sent troops" = DEPLOY lines as trigger, then object word, then kind. */
  private static Map<String, Map<String, String>> senses(Map<String, String> lines) {
    Map<String, Map<String, String>> out = new java.util.HashMap<>();
    lines.forEach((key, kind) -> {
      String[] words = key.split("\\s+");
      for (int k = 1; k < words.length; k++) out.computeIfAbsent(words[0], w -> new java.util.HashMap<>()).put(words[k], kind);
    });
    return Map.copyOf(out);
  }
}
