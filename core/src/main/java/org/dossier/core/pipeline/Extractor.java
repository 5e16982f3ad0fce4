package org.dossier.core.pipeline;

import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;

/** Cuts a raw page into articles: its own (main) and any embedded related or feed articles. */
public interface Extractor {
  /**
   * Returns the page's articles, main first; an empty list when the page holds no article text.
   *
   * @throws PageProblem when the page cannot be read at all (binary, undecodable, ...)
   */
  List<Article> extract(RawPage page) throws PageProblem;

  /**
   * The page's articles with the extractor's warnings (a bound that cut the page short). Extractors
   * without anything to say need not override it.
   */
  default ExtractResult extractNoting(RawPage page) throws PageProblem {
    return new ExtractResult(extract(page), List.of());
  }
}
