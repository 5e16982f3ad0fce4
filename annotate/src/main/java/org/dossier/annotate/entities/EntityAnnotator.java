package org.dossier.annotate.entities;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.pipeline.Annotator;

/**
 * Entity mentions of people, organisations (agencies and outlets included), places and equipment, each
 * with the canonical name it resolves to within the article and one kind per name, voted over the
 * article's mentions. Cross-article merging is the store's job (by canonical name and aliases).
 */
public final class EntityAnnotator implements Annotator {
  private final NlpPipeline nlp;
  private final CandidateFinder finder;
  private final EntityResolver resolver;

  public EntityAnnotator(NlpPipeline nlp, EntityLexicon lexicon) {
    this.nlp = nlp;
    this.finder = new CandidateFinder(lexicon);
    this.resolver = new EntityResolver(lexicon);
  }

  /** The annotator on the shared pipeline and the shipped lexicon. */
  public static EntityAnnotator standard() {
    return new EntityAnnotator(NlpPipeline.shared(), EntityLexicon.standard());
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(EntityMention.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    ParsedText parsed = nlp.parse(article);
    return List.copyOf(resolver.resolve(parsed, finder.find(parsed)));
  }
}
