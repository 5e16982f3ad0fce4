package org.dossier.spark.story;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.export.PageJson;
import org.dossier.store.export.ContractJson;
import org.dossier.story.NameFinder;
import org.dossier.story.StoryTuning;
import scala.Tuple2;

/**
 * The story job's plan: read the crawl job's lossless page lines, block the articles by date window and
 * shared names ({@link Blocking}), cluster each block with the command line's clusterer
 * ({@link BlockClustering}), join stories that share an article (connected components by label
 * propagation), and write the contract's story objects as JSON Lines; then merge event mentions across
 * articles as an ingest does ({@link EventBlocks}) and write the contract's event objects beside them.
 */
public final class StoryRun {
  /** Most rounds of label propagation; a story's links form a short chain, so this is never reached in practice. */
  static final int MAX_ROUNDS = 30;

  /** What a run found; {@code rounds} and {@code eventRounds} count label propagation rounds. */
  public record Summary(long articles, long blocks, long stories, int rounds, long events, int eventRounds,
      double seconds) {}

  private StoryRun() {}

  public static Summary run(SparkSession spark, String crawlOutput, String output) {
    long start = System.nanoTime();
    JavaRDD<String> articles = spark.read().text(crawlOutput + "/jsonl/pages").javaRDD()
        .map((Row r) -> r.getString(0))
        .flatMap(line -> PageJson.read(line).articles().stream().map(PageJson::writeArticle).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    int window = StoryTuning.defaults().dateWindowDays();
    JavaPairRDD<String, Iterable<String>> blocks = articles.flatMapToPair(json -> {
      Blocking blocking = new Blocking(NameFinder.standard(), window);
      return blocking.keys(PageJson.readArticle(json)).stream().map(k -> new Tuple2<>(k, json)).iterator();
    }).groupByKey();
    JavaPairRDD<String, String> links = blocks.flatMapToPair(block -> {
      List<AnnotatedArticle> members = new ArrayList<>();
      block._2().forEach(json -> members.add(PageJson.readArticle(json)));
      return BlockClustering.links(members, StoryTuning.defaults()).stream()
          .map(l -> new Tuple2<>(l[0], l[1])).iterator();
    }).distinct().persist(StorageLevel.MEMORY_AND_DISK_SER());
    Components.Result components = Components.of(links, MAX_ROUNDS);
    JavaRDD<Story> stories = stories(components.labels(), articles);
    spark.createDataset(stories.map(s -> ContractJson.line(ContractJson.story(s))).rdd(), Encoders.STRING())
        .write().text(output + "/jsonl/stories");
    long storyCount = spark.read().text(output + "/jsonl/stories").count();
    EventBlocks.Result events = EventBlocks.merge(articles, MAX_ROUNDS);
    spark.createDataset(events.events().rdd(), Encoders.STRING()).write().text(output + "/jsonl/events");
    long eventCount = spark.read().text(output + "/jsonl/events").count();
    Summary summary = new Summary(articles.count(), blocks.count(), storyCount, components.rounds(), eventCount,
        events.rounds(), (System.nanoTime() - start) / 1e9);
    links.unpersist(false);
    articles.unpersist(false);
    return summary;
  }

  /** Groups articles by component label into stories: named by the smallest id, members in arrival order. */
  private static JavaRDD<Story> stories(JavaPairRDD<String, String> labels, JavaRDD<String> articles) {
    JavaPairRDD<String, String[]> meta = articles.mapToPair(json -> {
      AnnotatedArticle aa = PageJson.readArticle(json);
      String published = aa.article().published() == null ? null : aa.article().published().iso();
      return new Tuple2<>(aa.article().id(), new String[] {published, aa.article().title()});
    });
    return labels.join(meta)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new String[] {t._1(), t._2()._2()[0], t._2()._2()[1]}))
        .groupByKey()
        .map(g -> StoryRows.story(g._1(), g._2()))
        .filter(s -> s.articles().size() > 1);
  }
}
