package org.dossier.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.quotes.Mentions;
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
 * Event mentions by sense: a verb whose sense, decided by its lemma and its object, names a happening
 * ({@code senses.txt}), or a noun that names one ({@code nominals.txt}), read with its arguments off the
 * dependency parse, unless a hedge makes it planned, denied or alleged ({@code hedges.txt}). The article's
 * main happening (the lead's predicate its headline names, {@link Lead}) is always one, OTHER where no
 * kind fits. Actors are the agent then the patient ({@link Arguments}); the place is where it took place;
 * the date the time expression of its own clause, else, for the main happening, the article's date.
 */
public final class RuleEventAnnotator implements Annotator {
  /** A summary runs to the end of the trigger's clause, at most this many words past the trigger. */
  private static final int SUMMARY_WORDS = 12;
  /** Most characters between the agent and the trigger for the summary to start at the agent. */
  private static final int SUMMARY_GAP = 60;
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", ":", "(", "—", "–", "\"", "“", "”", "?", "!");
  /** Relations that mark a trigger as planned, possible or denied when their word is a hedge. */
  private static final Set<String> MARKERS = Set.of("aux", "mark", "advmod", "neg", "det");
  /** Relations along which a governing hedge reaches a trigger ("plans to visit", "charged with visiting"). */
  private static final Set<String> GOVERNED = Set.of("xcomp", "ccomp", "advcl", "acl", "obj", "obl", "nmod",
      "csubj", "nsubj:pass", "nsubj");
  private static final int HEDGE_CLIMB = 3;

  private final Senses senses = Senses.standard();

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
    ParsedText parsed = NlpPipeline.shared().parse(article);
    Mentions mentions = Mentions.of(soFar);
    List<TimeMention> times = soFar.stream().filter(TimeMention.class::isInstance).map(TimeMention.class::cast)
        .filter(t -> t.kind() == TimeMention.Kind.DATE && EventDates.of(t.value()) != null).toList();
    List<Tree> trees = parsed.sentences().stream().map(s -> new Tree(s, parsed.text())).toList();
    Lead.Main main = Lead.find(trees, senses.withSpeech(Lead.headline(article)),
        (tree, i, named) -> mainSense(tree, i, named) && !hedged(tree, i)
            && !Arguments.actors(tree, i, EventKind.OTHER, mentions, null).isEmpty());
    List<EventMention> out = new ArrayList<>();
    EntityMention previous = null;
    for (int s = 0; s < trees.size(); s++) {
      Tree tree = trees.get(s);
      for (int i = 0; i < tree.size(); i++) {
        boolean isMain = main.is(s, i);
        EventKind kind = kindOf(tree, i, isMain, main.named());
        if (kind == null || hedged(tree, i)) continue;
        EventMention e = mention(article, tree, i, kind, isMain, mentions, times, previous);
        if (e != null) out.add(e);
      }
      EntityMention subject = Arguments.subject(tree, mentions);
      if (subject != null) previous = subject;
    }
    return out;
  }

  /**
   * The kind a token names as a trigger, or null: a verb by its sense (a lead-only one such as "said" when
   * it is the main happening the headline names), a noun by its table.
   */
  private EventKind kindOf(Tree tree, int i, boolean isMain, boolean named) {
    if (tree.isVerb(i)) {
      String r = tree.rel(i);
      if (r.startsWith("aux") || r.equals("cop") || r.equals("amod") || r.equals("compound")) return null;
      Senses.Sense sense = senses.verb(tree.lemma(i), objectWords(tree, i));
      if (sense != null && (!sense.leadOnly() || isMain && named)) return sense.kind();
      return isMain ? EventKind.OTHER : null;
    }
    if (!tree.isNoun(i)) return null;
    return senses.noun(tree.lemma(i));
  }

  /**
   * A main happening is no relay ("KCNA reported"), "said" only when the headline tells of it, and an
   * intention ("plans to") only when the headline names it.
   */
  private boolean mainSense(Tree tree, int i, boolean named) {
    Senses.Sense sense = senses.verb(tree.lemma(i), objectWords(tree, i));
    if (sense != null) return !sense.leadOnly() || named;
    return !senses.knows(tree.lemma(i)) && (named || !senses.hedge(tree.lemma(i))); // "plans to visit" is no plan made
  }

  /** The head words of the verb's object (its passive subject), and of a number's noun ("300 of its troops"). */
  private static List<String> objectWords(Tree tree, int i) {
    List<String> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(tree.children(i, "obj"));
    heads.addAll(tree.children(i, "nsubj:pass"));
    if (heads.isEmpty() && tree.children(i, "ccomp").isEmpty()) out.add(Senses.NO_OBJECT);
    for (int h : heads) {
      out.add(tree.lemma(h));
      out.add(tree.token(h).word().toLowerCase(java.util.Locale.ROOT));
      for (int n : tree.children(h, "nmod")) out.add(tree.lemma(n));
      for (int c : tree.children(h, "compound")) out.add(tree.lemma(c));
    }
    return out;
  }

  /**
   * Planned, possible, denied or alleged: a hedge as the trigger's auxiliary, negation or marker (or its
   * first conjunct's), or a hedge verb or noun governing it a few arcs up ("charged with visiting").
   */
  private boolean hedged(Tree tree, int i) {
    if (marked(tree, i)) return true;
    if (tree.rel(i).equals("conj") && tree.governor(i) >= 0 && marked(tree, tree.governor(i))) return true;
    int at = i;
    for (int step = 0; step < HEDGE_CLIMB; step++) {
      String r = tree.rel(at);
      int g = tree.governor(at);
      if (g < 0 || !GOVERNED.contains(r) && !r.startsWith("obl") && !r.startsWith("nmod")) return false;
      if (senses.hedge(tree.lemma(g)) && !r.startsWith("nsubj")) return true;
      at = g;
    }
    return false;
  }

  private boolean marked(Tree tree, int i) {
    for (var d : tree.children(i)) {
      String r = d.relation();
      if (MARKERS.contains(r) && senses.hedge(tree.lemma(d.dependent()))) return true;
      if (r.equals("mark") && tree.lemma(d.dependent()).equals("to") && tree.isVerb(i) && tree.children(i, "nsubj").isEmpty()) {
        return true; // "plans to visit"; a verb with a subject of its own is no infinitive but a misparse
      }
    }
    return false;
  }

  private static EventMention mention(Article article, Tree tree, int i, EventKind kind, boolean isMain,
      Mentions mentions, List<TimeMention> times, EntityMention previous) {
    boolean unnamedAgent = Arguments.actors(tree, i, kind, mentions, previous)
        .equals(Arguments.patientsOnly(tree, i, kind, mentions));
    if (!isMain && tree.isVerb(i) && unnamedAgent && tree.isPassive(i) && (kind == EventKind.STATEMENT || kind == EventKind.MEET)) {
      return null; // "X was accused", "X was met with laughter": who spoke or met is not named
    }
    List<EntityMention> actors = new ArrayList<>(Arguments.actors(tree, i, kind, mentions, previous));
    EntityMention place = Arguments.place(tree, i, kind, mentions);
    if (place != null && actors.size() > 1) actors.removeIf(m -> m.entity().equals(place.entity()));
    if (actors.isEmpty()) return null;
    String where = place != null ? place.entity() : isMain ? dateline(article.text(), mentions) : null;
    PartialDate date = dateOf(tree, i, times, false);
    if (date == null && isMain) date = dateOf(tree, i, times, true);
    if (date == null && isMain && !future(tree, i)) date = day(article.published());
    Sentence s = tree.sentence();
    Span trigger = tree.token(i).span();
    return new EventMention(s.span(), kind, trigger, States.actors(actors),
        date, where, summary(article.text(), s.span(), actors.get(0), trigger));
  }

  /**
   * The nearest date expression of the trigger's own clause ("met on Tuesday", not "was arrested in April");
   * with {@code phrases}, one anywhere in its prepositional phrases ("in a statement published Oct. 25, X
   * accused") or heading the sentence as its dateline.
   */
  private static PartialDate dateOf(Tree tree, int i, List<TimeMention> times, boolean phrases) {
    Span sentence = tree.sentence().span();
    int clause = tree.clauseOf(i);
    Set<Integer> inPhrase = new java.util.HashSet<>();
    if (phrases) {
      for (int o : tree.children(i, "obl")) inPhrase.addAll(tree.subtree(o));
      for (int k = 0; k < tree.size(); k++) {
        if (tree.rel(k).equals("root") && !tree.isVerb(k)) inPhrase.add(k); // a dateline: "June 4 (UPI) -- X said"
      }
    }
    TimeMention best = null;
    for (TimeMention t : times) {
      if (!sentence.contains(t.span())) continue;
      if (phrases ? !inPhrase(tree, t.span(), inPhrase) : !inClause(tree, t.span(), clause)) continue;
      int trigger = tree.token(i).span().begin();
      if (best == null || Math.abs(t.span().begin() - trigger) < Math.abs(best.span().begin() - trigger)) best = t;
    }
    return best == null ? null : EventDates.of(best.value());
  }

  private static boolean inPhrase(Tree tree, Span span, Set<Integer> tokens) {
    for (int k : tokens) if (span.contains(tree.token(k).span())) return true;
    return false;
  }

  private static boolean inClause(Tree tree, Span span, int clause) {
    for (int k = 0; k < tree.size(); k++) {
      if (span.contains(tree.token(k).span()) && tree.clauseOf(k) == clause) return true;
    }
    return false;
  }

  /** A main happening told as still to come ("will face trial") takes no date from the article. */
  private static boolean future(Tree tree, int i) {
    for (int a : tree.children(i, "aux")) if (Set.of("will", "shall", "would").contains(tree.lemma(a))) return true;
    return false;
  }

  private static PartialDate day(PartialDate published) {
    if (published == null || published.precision().compareTo(PartialDate.Precision.DAY) <= 0) return published;
    return PartialDate.of(published.toLocalDate());
  }

  /** The place of a dateline opening the article ("MADRID —", "NEW DELHI:", "LONDON (AP) —"), or null. */
  private static String dateline(String text, Mentions mentions) {
    EntityMention first = mentions.firstAfter(0, m -> true);
    if (first == null || first.kind() != EntityKind.LOCATION || !text.substring(0, first.span().begin()).isBlank()) {
      return null;
    }
    String after = text.substring(first.span().end(), Math.min(text.length(), first.span().end() + 12)).stripLeading();
    after = after.replaceFirst("^\\([A-Za-z. ]{1,8}\\)\\s*", "");
    return after.startsWith(":") || after.startsWith("—") || after.startsWith("-") || after.startsWith("–")
        ? first.entity() : null;
  }

  /**
   * The report's own words from the agent to the end of the trigger's clause ("Veloria sent 300 troops to
   * Portmaris last week"); when the agent is not in those words, its name leads.
   */
  private static String summary(String text, Span scope, EntityMention agent, Span trigger) {
    boolean leads = agent.span().end() <= trigger.begin() && trigger.begin() - agent.span().end() <= SUMMARY_GAP
        && agent.span().begin() >= scope.begin();
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
}
