package org.dossier.story;

import java.util.List;
import java.util.Map;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;

/**
 * Finds the names an article mentions (who and where), the event-specific signal that tells apart two
 * happenings of the same kind. Keys are lower-case; values are weights (mention counts).
 */
public interface NameFinder {
  Map<String, Double> names(Article article, List<Annotation> annotations);

  /** Entity mentions when the annotators found any, else capitalised words. */
  static NameFinder standard() {
    NameFinder mentioned = new MentionedNames();
    NameFinder capitalised = new CapitalisedNames();
    return (article, annotations) -> {
      Map<String, Double> found = mentioned.names(article, annotations);
      return found.isEmpty() ? capitalised.names(article, annotations) : found;
    };
  }
}
