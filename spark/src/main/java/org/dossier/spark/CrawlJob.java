package org.dossier.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dossier.extract.page.ReadLimits;
import org.dossier.spark.filter.Watchlist;
import org.dossier.spark.run.CrawlRun;

/**
 * {@code spark-submit --class org.dossier.spark.CrawlJob dossier-spark.jar --in PATH[,PATH] --out DIR
 * [--watchlist FILE] [--max-page-bytes N]}: the crawl-scale ingest. Prints one summary line per row kind
 * and per reject reason; exit status 2 for bad arguments.
 */
public final class CrawlJob {
  private CrawlJob() {}

  public static void main(String[] args) throws IOException {
    CrawlRun.Settings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dossier-spark: " + e.getMessage());
      System.err.println("usage: CrawlJob --in PATH[,PATH...] --out DIR [--watchlist FILE] [--max-page-bytes N]");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dossier-crawl").getOrCreate();
    try {
      print(CrawlRun.run(spark, settings));
    } finally {
      spark.stop();
    }
  }

  static void print(CrawlRun.Summary s) {
    System.out.printf("files %d, pages %d in %.1f s (%.1f pages/s)%n", s.files(), s.pages(), s.seconds(),
        s.pagesPerSecond());
    s.rows().forEach((k, n) -> System.out.printf("rows %-8s %d%n", k, n));
    s.rejects().forEach((k, n) -> System.out.printf("reject %-30s %d%n", k, n));
  }

  static CrawlRun.Settings parse(String[] args) throws IOException {
    List<String> in = new ArrayList<>();
    String out = null;
    Watchlist watchlist = null;
    int maxBytes = ReadLimits.MAX_PAGE_BYTES;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--in" -> in.addAll(List.of(need(value, "--in").split(",")));
        case "--out" -> out = need(value, "--out");
        case "--watchlist" -> watchlist = Watchlist.read(Path.of(need(value, "--watchlist")));
        case "--max-page-bytes" -> maxBytes = positive(need(value, "--max-page-bytes"));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
      i++;
    }
    if (in.isEmpty() || out == null) throw new IllegalArgumentException("--in and --out are required");
    return new CrawlRun.Settings(in, out, watchlist, maxBytes);
  }

  private static String need(String value, String option) {
    if (value == null) throw new IllegalArgumentException(option + " needs a value");
    return value;
  }

  private static int positive(String s) {
    try {
      int n = Integer.parseInt(s);
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--max-page-bytes wants a positive whole number, got '" + s + "'");
  }
}
