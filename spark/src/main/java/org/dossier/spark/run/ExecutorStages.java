package org.dossier.spark.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.annotate.Annotators;
import org.dossier.core.pipeline.Annotator;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.Extraction;
import org.dossier.spark.filter.TermMatcher;
import org.dossier.spark.filter.TopicGate;
import org.dossier.spark.filter.Watchlist;

/**
 * The pipeline of one executor JVM, built on first use and shared by its tasks, so models are loaded once
 * per executor and never serialised: tasks carry only the watchlist. The stages are the command line's;
 * they must be thread-safe, as {@link Pipeline} requires.
 */
public final class ExecutorStages {
  private static final Map<Optional<Watchlist>, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private ExecutorStages() {}

  /** This JVM's pipeline for the watchlist (null: no topic filter). */
  public static Pipeline pipeline(Watchlist watchlist) {
    return PIPELINES.computeIfAbsent(Optional.ofNullable(watchlist), ExecutorStages::build);
  }

  /** Extraction, the topic gate when there is a watchlist, then the standard annotators. */
  static Pipeline build(Optional<Watchlist> watchlist) {
    Extractor extractor = Extraction.standard();
    if (watchlist.isPresent()) extractor = new TopicGate(extractor, new TermMatcher(watchlist.get()));
    return Pipeline.of(extractor, annotators());
  }

  /** The annotators `dossier ingest` runs; they share one CoreNLP pipeline per JVM. */
  static List<Annotator> annotators() {
    return Annotators.standard();
  }

}
