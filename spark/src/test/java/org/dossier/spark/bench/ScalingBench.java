package org.dossier.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.dossier.extract.page.ReadLimits;
import org.dossier.spark.LocalSpark;
import org.dossier.spark.filter.Watchlist;
import org.dossier.spark.run.CrawlRun;
import org.dossier.spark.run.ExecutorStages;

/**
 * {@code scripts/spark-bench.sh [PAGES_PER_FILE] [FILES]}: the crawl job in Spark local mode on one
 * generated crawl, at local[1] and local[2], printing pages per second and the scaling efficiency from
 * one core to two; then at local[2] with a topic watchlist that nothing matches, which prices a page that
 * stops after extraction. Models are loaded before timing (once per JVM, as on an executor).
 */
public final class ScalingBench {
  private ScalingBench() {}

  public static void main(String[] args) throws IOException {
    int pagesPerFile = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path work = Files.createTempDirectory("dossier-spark-bench");
    Path crawl = work.resolve("crawl");
    new SyntheticCrawl(2026, 0.2).write(crawl, files, pagesPerFile);
    warmUp(work);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapMiB = (rt.totalMemory() - rt.freeMemory()) >> 20;
    CrawlRun.Summary one = run(1, crawl, work.resolve("out-1"), null);
    CrawlRun.Summary two = run(2, crawl, work.resolve("out-2"), null);
    Watchlist none = Watchlist.parse(List.of("a name no page carries"), "bench");
    CrawlRun.Summary gated = run(2, crawl, work.resolve("out-gated"), none);
    print("local[1]", one);
    print("local[2]", two);
    print("local[2], every page stopped by the topic filter", gated);
    System.out.printf(Locale.ROOT, "heap in use with the models loaded, after a run: %d MiB%n", heapMiB);
    System.out.printf(Locale.ROOT, "scaling efficiency 1 -> 2 cores: %.2f%n",
        two.pagesPerSecond() / (2 * one.pagesPerSecond()));
    System.out.printf(Locale.ROOT, "per core: %.2f pages/s annotated, %.2f pages/s extraction and filter only%n",
        two.pagesPerSecond() / 2, gated.pagesPerSecond() / 2);
  }

  /** Loads the models and warms the code paths outside the timed runs. */
  private static void warmUp(Path work) throws IOException {
    ExecutorStages.pipeline(null);
    Path warm = work.resolve("warm");
    new SyntheticCrawl(7, 0.2).write(warm, 2, 10);
    run(2, warm, work.resolve("out-warm"), null);
  }

  private static CrawlRun.Summary run(int cores, Path crawl, Path out, Watchlist watchlist) {
    SparkSession spark = LocalSpark.start(cores);
    try {
      return CrawlRun.run(spark, new CrawlRun.Settings(List.of(crawl.toString()), out.toString(), watchlist,
          ReadLimits.MAX_PAGE_BYTES));
    } finally {
      spark.stop();
    }
  }

  private static void print(String what, CrawlRun.Summary s) {
    System.out.printf(Locale.ROOT, "%s: %d pages in %.1f s = %.2f pages/s%n", what, s.pages(), s.seconds(),
        s.pagesPerSecond());
  }
}
