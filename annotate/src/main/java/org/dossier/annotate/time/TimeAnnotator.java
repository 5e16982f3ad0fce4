package org.dossier.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Timex;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.Annotator;

/**
 * Time expressions normalised to TIMEX3 values against the article's publication date: SUTime's
 * expressions, re-resolved where SUTime falls short on news ({@link TimexResolver}), plus the
 * expressions it misses, with neighbours that name one time joined ({@link TimeRules}).
 */
public final class TimeAnnotator implements Annotator {
  private final NlpPipeline nlp;
  private final TimexResolver resolver;
  private final TimeRules rules;

  public TimeAnnotator(NlpPipeline nlp, TimeLexicon lexicon) {
    this.nlp = nlp;
    this.resolver = new TimexResolver(lexicon);
    this.rules = new TimeRules(lexicon);
  }

  /** The annotator on the shared pipeline and the shipped lexicon. */
  public static TimeAnnotator standard() {
    return new TimeAnnotator(NlpPipeline.shared(), TimeLexicon.standard());
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(TimeMention.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    ParsedText parsed = nlp.parse(article);
    List<TimeMention> found = new ArrayList<>();
    for (Timex t : parsed.timexes()) {
      found.addAll(resolver.resolve(parsed, t));
    }
    return List.copyOf(rules.complete(RuleContext.of(parsed), found));
  }
}
