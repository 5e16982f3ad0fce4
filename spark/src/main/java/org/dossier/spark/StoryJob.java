package org.dossier.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.dossier.spark.story.StoryRun;

/**
 * {@code spark-submit --class org.dossier.spark.StoryJob dossier-spark.jar CRAWL_OUT STORY_OUT}: clusters
 * the articles a {@link CrawlJob} wrote into stories and merges their event mentions into events across
 * articles, written as export-contract JSON Lines under {@code STORY_OUT/jsonl/stories} and
 * {@code STORY_OUT/jsonl/events}.
 */
public final class StoryJob {
  private StoryJob() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: StoryJob CRAWL_OUTPUT_DIR STORY_OUTPUT_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dossier-stories").getOrCreate();
    try {
      StoryRun.Summary s = StoryRun.run(spark, args[0], args[1]);
      System.out.printf(Locale.ROOT,
          "articles %d, blocks %d, stories %d (%d propagation rounds), events %d (%d rounds) in %.1f s%n",
          s.articles(), s.blocks(), s.stories(), s.rounds(), s.events(), s.eventRounds(), s.seconds());
    } finally {
      spark.stop();
    }
  }
}
