package org.dossier.core.pipeline;

import java.util.List;
import org.dossier.core.model.Article;

/**
 * A page's articles and what the extractor has to say about them: warnings such as "kept 60 of 1,000
 * embedded articles" when a bound cut the page short.
 *
 * @param articles the articles, main first
 * @param warnings warning outcomes ({@link Outcome#warning}), possibly empty
 */
public record ExtractResult(List<Article> articles, List<Outcome> warnings) {
  public ExtractResult {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }
}
