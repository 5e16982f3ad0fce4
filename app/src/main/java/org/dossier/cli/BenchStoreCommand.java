package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.bench.ArticleDeriver;
import org.dossier.bench.Heap;
import org.dossier.bench.QuerySet;
import org.dossier.bench.SearchTimer;
import org.dossier.bench.StoreGrower;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier bench store}: annotates a few real pages once, grows a store to N articles derived
 * from them through the store's write path, and prints the ingest rate, the size on disk per article and
 * search latency percentiles over a fixed query set, at a baseline size and at N in the same process: with
 * search's default limit, and once more with the limit the HTTP API's search asks for.
 */
@Command(name = "store", description = "Grow a store to N derived articles and print ingest rate, size per "
    + "article and search latency percentiles.")
final class BenchStoreCommand implements Callable<Integer> {
  /** The goal for search at full size. */
  private static final double GOAL_P99_MS = 50;

  @Option(names = "--store", paramLabel = "DIR", description = "a new or empty folder to grow the store in, "
      + "kept afterwards (default: a temporary folder, deleted)")
  Path store;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "articles to grow to "
      + "(default: ${DEFAULT-VALUE})")
  long articles;

  @Option(names = "--baseline", paramLabel = "N", defaultValue = "10000", description = "size the first "
      + "measurement is taken at, at most a tenth of --articles (default: ${DEFAULT-VALUE})")
  long baseline;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "50", description = "pages per commit, as "
      + "ingest's --batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--seed-pages", paramLabel = "N", defaultValue = "60", description = "evaluation pages to "
      + "annotate besides examples/ (default: ${DEFAULT-VALUE})")
  int seedPages;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "120", description = "queries in the set "
      + "(default: ${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "5", description = "timed passes over the "
      + "set, after one warm-up pass (default: ${DEFAULT-VALUE})")
  int passes;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits per query, as "
      + "search's --limit (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--api-limit", paramLabel = "N", defaultValue = "1000", description = "hits per query as the "
      + "HTTP API's search asks for them, timed in one more pass; 0 to skip (default: ${DEFAULT-VALUE})")
  int apiLimit;

  @Option(names = "--seed-from", paramLabel = "PATH", description = "pages to derive from instead of examples/ "
      + "and the evaluation pages (repeatable)")
  List<Path> seedFrom;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the derivation and the query set")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    check();
    PrintWriter out = spec.commandLine().getOut();
    Path folder = store != null ? store : Files.createTempDirectory("dossier-bench-store");
    try {
      run(out, folder);
    } finally {
      if (store == null) deleteTree(folder);
    }
    out.flush();
    return 0;
  }

  private void check() throws IOException {
    if (articles < 1) throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
    if (queries < 1 || passes < 1 || limit < 1 || batch < 1 || baseline < 1 || apiLimit < 0) {
      throw new IllegalArgumentException("--queries, --passes, --limit, --batch and --baseline must be at least 1, "
          + "--api-limit at least 0");
    }
    if (store != null && Files.exists(store) && !isEmptyDirectory(store)) {
      throw new IllegalArgumentException("bench store writes a new store; " + store + " is not empty, give a new "
          + "or empty --store");
    }
  }

  private void run(PrintWriter out, Path folder) {
    long t0 = System.nanoTime();
    BenchSeeds.Annotated seeds = BenchSeeds.annotate(seedFrom, home(), seedPages);
    ArticleDeriver deriver = new ArticleDeriver(seeds.articles(), seed);
    List<QuerySet.Query> set = QuerySet.of(seeds.articles(), queries, limit, seed);
    List<QuerySet.Query> apiSet = apiLimit > 0 ? QuerySet.of(seeds.articles(), queries, apiLimit, seed) : List.of();
    out.printf("seeds: %d pages (%s) annotated in %.1f s into %d articles; deriving %d articles (seed %d)%n",
        seeds.pages(), seeds.from(), (System.nanoTime() - t0) / 1e9, deriver.seeds(), articles, seed);
    out.printf("store: %s; %d pages per commit; queries: %d (%d kinds in turn), 1 warm-up pass + %d timed%n",
        folder, batch, set.size(), QuerySet.Kind.values().length, passes);
    out.flush();
    StoreGrower grower = new StoreGrower(folder, deriver, batch);
    long first = Math.max(1, Math.min(baseline, articles / 10));
    double firstSeconds = grower.growTo(first);
    SearchTimer.Result before = measure(out, folder, first, set, apiSet);
    double restSeconds = grower.growTo(articles);
    printIngest(out, first, firstSeconds, restSeconds, folder);
    SearchTimer.Result after = measure(out, folder, articles, set, apiSet);
    out.printf("ratio at %d / at %d articles, limit %d: p50 %.2fx, p99 %.2fx; goal p99 <= %.0f ms at %d: %s%n",
        articles, first, limit, after.all().millis(0.5) / before.all().millis(0.5),
        after.all().millis(0.99) / before.all().millis(0.99), GOAL_P99_MS, articles,
        after.all().millis(0.99) <= GOAL_P99_MS ? "met" : "missed");
    out.printf("peak heap: %.0f MB (max %.0f MB)%n", Heap.peakMb(), Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** Times the set at search's limit (printed by kind too), then once at the API's; returns the first. */
  private SearchTimer.Result measure(PrintWriter out, Path folder, long size, List<QuerySet.Query> set,
      List<QuerySet.Query> apiSet) {
    SearchTimer.Result r = SearchTimer.run(folder, set, passes, false);
    printSearch(out, size, limit, "articles and snippets", r);
    printByKind(out, r);
    if (!apiSet.isEmpty()) {
      printSearch(out, size, apiLimit, "ids only, as the HTTP API asks", SearchTimer.run(folder, apiSet, 1, true));
    }
    return r;
  }

  private void printIngest(PrintWriter out, long first, double firstSeconds, double restSeconds, Path folder) {
    long bytes = sizeOf(folder);
    double firstRate = first / firstSeconds, restRate = (articles - first) / restSeconds;
    out.printf("ingest: %d articles in %.1f s, %.1f articles/s (first %d: %.1f/s; the rest: %.1f/s, %.2fx)%n",
        articles, firstSeconds + restSeconds, articles / (firstSeconds + restSeconds), first, firstRate,
        articles > first ? restRate : Double.NaN, articles > first ? restRate / firstRate : Double.NaN);
    out.printf("store size: %.1f MB on disk, %.1f KB per article%n", bytes / 1e6, bytes / 1e3 / articles);
  }

  private static void printSearch(PrintWriter out, long size, int limit, String what, SearchTimer.Result r) {
    out.printf("search at %d articles, limit %d (%s): %s over %d searches (%d hits in a pass, %d found none)%n",
        size, limit, what, r.all().summary(), r.all().size(), r.hits(), r.empty());
    out.flush();
  }

  private static void printByKind(PrintWriter out, SearchTimer.Result r) {
    List<String> parts = new ArrayList<>();
    r.byKind().forEach((kind, l) -> parts.add("%s %.2f".formatted(kind.name().toLowerCase(java.util.Locale.ROOT),
        l.millis(0.99))));
    out.println("p99 ms by kind: " + String.join(", ", parts));
  }

  private static Path home() {
    return Path.of(System.getProperty("dossier.home", "."));
  }

  private static long sizeOf(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
