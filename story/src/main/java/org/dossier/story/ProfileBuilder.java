package org.dossier.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;

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
    if (article.title() != null) addTerms(terms, named, article.title(), tuning.titleBoost());
    List<Tokens.Token> body = Tokens.of(article.text());
    addTerms(terms, named, body, 1.0);
    LocalDate day = article.published() == null ? null : article.published().toLocalDate();
    return new StoryProfile(article.id(), article.title(), day, terms, named,
        Shingles.of(body, tuning.shingleSize()));
  }

  private void addTerms(Map<String, Double> terms, Map<String, Double> named, String text, double weight) {
    addTerms(terms, named, Tokens.of(text), weight);
  }

  /** Content words go to the terms (names boosted); numbers also count as names. */
  private void addTerms(Map<String, Double> terms, Map<String, Double> named, List<Tokens.Token> tokens,
      double weight) {
    for (Tokens.Token t : tokens) {
      if (!Tokens.content(t)) continue;
      double w = t.capitalisedInside() ? weight * tuning.nameBoost() : weight;
      terms.merge(t.key(), w, Double::sum);
      if (t.number()) named.merge(t.key(), 1.0, Double::sum);
    }
  }
}
