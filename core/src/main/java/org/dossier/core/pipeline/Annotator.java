package org.dossier.core.pipeline;

import java.util.List;
import java.util.Set;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;

/**
 * One annotation stage. It declares which annotation kinds it needs from earlier stages and which it
 * adds, so that {@link Pipeline} can check the order when it is built; it receives the article and the
 * annotations so far and returns only its new ones.
 */
public interface Annotator {
  /** A short name for logs and stats ("entities", "time", "quotes"). */
  String name();

  Set<Class<? extends Annotation>> requires();

  Set<Class<? extends Annotation>> provides();

  List<Annotation> annotate(Article article, List<Annotation> soFar) throws PageProblem;
}
