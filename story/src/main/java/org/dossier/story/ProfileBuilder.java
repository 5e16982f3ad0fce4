package org.dossier.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Gist;

/** Turns an article and its annotations into the {@link StoryProfile} clustering compares. */
public final class ProfileBuilder {
  private final StoryTuning tuning;
  private final NameFinder names;

  public ProfileBuilder(StoryTuning tuning, NameFinder names) {
    this.tuning = tuning;
    this.names = names;
  }

  public StoryProfile profile(Article article, List<Annotation> annotations) {
    Map<String, Double> terms = new HashMap<>();
    Map<String, Double> named = new HashMap<>(names.names(article, annotations));
    Map<String, Double> numbers = new HashMap<>();
    List<Tokens.Token> body = Tokens.of(article.text());
    List<Tokens.Token> title = article.title() == null ? List.of() : Tokens.of(article.title());
    if (summarises(title, body)) addTerms(terms, named, numbers, title, tuning.titleBoost());
    addTerms(terms, named, numbers, body, 1.0);
    LocalDate day = article.published() == null ? null : article.published().toLocalDate();
    Gist gist = gist(annotations);
    return new StoryProfile(article.id(), article.title(), day, terms, named, EventSignals.events(annotations),
        EventSignals.months(article.published(), annotations), EventSignals.days(annotations),
        EventSignals.weekdays(annotations), numbers, Shingles.of(body, tuning.shingleSize()),
        gist == null ? new float[0] : gist.unit(), gist == null ? null : gist.model());
  }

  private static Gist gist(List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Gist g) return g;
    }
    return null;
  }

  /**
   * Whether a headline speaks of what the body reports. A live blog or an aggregator may put one
   * headline over items about other happenings; such a headline would pull the item into the wrong
   * story. A body too short to judge by keeps its headline.
   */
  private boolean summarises(List<Tokens.Token> title, List<Tokens.Token> body) {
    Set<String> bodyWords = body.stream().filter(Tokens::content).map(Tokens.Token::key).collect(Collectors.toSet());
    List<String> titleWords = title.stream().filter(Tokens::content).map(Tokens.Token::key).toList();
    if (titleWords.isEmpty() || bodyWords.size() < tuning.titleAgreementMinBody()) return true;
    long shared = titleWords.stream().filter(bodyWords::contains).count();
    return shared >= tuning.titleAgreement() * titleWords.size();
  }

  /** Content words go to the terms (names boosted); numbers also count as names, and on their own. */
  private void addTerms(Map<String, Double> terms, Map<String, Double> named, Map<String, Double> numbers,
      List<Tokens.Token> tokens, double weight) {
    for (Tokens.Token t : tokens) {
      if (!Tokens.content(t)) continue;
      double w = t.capitalisedInside() ? weight * tuning.nameBoost() : weight;
      terms.merge(t.key(), w, Double::sum);
      if (!t.number()) continue;
      named.merge(t.key(), 1.0, Double::sum);
      numbers.merge(t.key(), 1.0, Double::sum);
    }
  }
}
