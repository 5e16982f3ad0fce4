package org.dossier.core.pipeline;

import java.util.List;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;

/** An article with every annotation found in it. */
public record AnnotatedArticle(Article article, List<Annotation> annotations) {
  public AnnotatedArticle {
    annotations = List.copyOf(annotations);
  }

  public <T extends Annotation> List<T> all(Class<T> kind) {
    return annotations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
