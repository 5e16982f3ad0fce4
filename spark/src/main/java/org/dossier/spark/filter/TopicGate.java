package org.dossier.spark.filter;

import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;

/**
 * The topic pre-filter as an extraction stage: it passes on only the articles that mention the
 * watchlist, so the pipeline spends annotation on nothing else. A page none of whose articles is on topic
 * is a page problem with code {@value #OFF_TOPIC}. Article ids are given before filtering, so they are
 * the same as in an unfiltered run.
 */
public final class TopicGate implements Extractor {
  /** The code of a page with no article on topic. */
  public static final String OFF_TOPIC = "off-topic";

  private final Extractor inner;
  private final TermMatcher matcher;

  public TopicGate(Extractor inner, TermMatcher matcher) {
    this.inner = inner;
    this.matcher = matcher;
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    List<Article> all = inner.extract(page);
    List<Article> kept = all.stream().filter(this::onTopic).toList();
    if (!all.isEmpty() && kept.isEmpty()) {
      throw new PageProblem(OFF_TOPIC, "none of the page's " + all.size() + " articles mentions the watchlist");
    }
    return kept;
  }

  public boolean onTopic(Article a) {
    return matcher.matches(a.title(), a.text());
  }
}
