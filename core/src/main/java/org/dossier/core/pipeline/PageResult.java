package org.dossier.core.pipeline;

import java.util.List;
import org.dossier.core.model.RawPage;

/** Everything one page yielded, and how it went. */
public record PageResult(RawPage page, List<AnnotatedArticle> articles, Outcome outcome) {
  public PageResult {
    articles = List.copyOf(articles);
  }
}
