package org.dossier.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dossier.bench.Latencies;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.http.ApiRoutes;
import org.dossier.http.HttpOptions;
import org.dossier.http.WebServer;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.web.DossierApi;
import org.dossier.web.Snapshot;
import org.dossier.web.SnapshotSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier bench serve}: serves a store on 127.0.0.1 in this process and loads its API with
 * concurrent clients over a fixed mix of routes (lists, search, single records of every kind), then
 * prints requests/s, error and 429 counts, and latency percentiles overall and per route.
 */
@Command(name = "serve", description = "Load the HTTP API on loopback with concurrent clients and print "
    + "requests/s, errors and latency percentiles.")
final class BenchServeCommand implements Callable<Integer> {
  /** Single records of each kind in the mix; enough to miss the CPU caches, few enough to stay a mix. */
  private static final int PER_KIND = 12;

  @Mixin StoreOption store;

  @Option(names = "--clients", defaultValue = "16", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--requests", defaultValue = "4000", description = "requests in all (default: ${DEFAULT-VALUE})")
  int requests;

  @Option(names = "--seconds", defaultValue = "20", description = "stop after this long at most (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--limited", description = "keep serve's per-client rate limit; 429 answers are counted apart. "
      + "Without it the limit is lifted, since every bench client comes from 127.0.0.1")
  boolean limited;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (clients < 1 || clients > 256) throw new IllegalArgumentException("--clients must be in 1..256, not " + clients);
    if (requests < 1) throw new IllegalArgumentException("--requests must be at least 1, not " + requests);
    if (seconds < 1 || seconds > 600) throw new IllegalArgumentException("--seconds must be in 1..600, not " + seconds);
    PrintWriter out = spec.commandLine().getOut();
    HttpOptions options = limited ? HttpOptions.local(0)
        : new HttpOptions(HttpOptions.LOOPBACK, 0, null, 64 * 1024, Double.MAX_VALUE, Integer.MAX_VALUE);
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      SnapshotSource source = new SnapshotSource(kb);
      DossierApi api = new DossierApi(source);
      List<String> paths = mix(source.get());
      try (WebServer server = WebServer.start(options, app -> ApiRoutes.register(app, api))) {
        URI base = URI.create("http://" + HttpOptions.LOOPBACK + ":" + server.port() + "/api/");
        out.printf("serving %s (%d articles) on %s; %s%n", store.store, source.get().articles().size(), base,
            limited ? "serve's rate limit kept (per client address, all clients share 127.0.0.1)" : "rate limit lifted");
        out.printf("mix: %d routes in turn; warm-up: each once%n", paths.size());
        HttpLoad.run(base, paths, 1, paths.size(), Duration.ofSeconds(seconds));
        HttpLoad.Result r = HttpLoad.run(base, paths, clients, requests, Duration.ofSeconds(seconds));
        print(out, r);
      }
    }
    out.flush();
    return 0;
  }

  /** Every list route once, a few searches, and up to PER_KIND single records of each kind. */
  static List<String> mix(Snapshot s) {
    List<String> paths = new ArrayList<>(List.of("status", "articles", "articles?offset=25", "stories", "entities",
        "claims/series", "timeline"));
    Set<String> words = new LinkedHashSet<>();
    for (AnnotatedArticle aa : s.articles()) {
      for (String w : String.valueOf(aa.article().title()).split("[^\\p{L}]+")) if (w.length() >= 6) words.add(w);
      if (words.size() >= PER_KIND / 2) break;
    }
    words.stream().limit(PER_KIND / 2).forEach(w -> paths.add("search?q=" + w));
    s.articles().stream().limit(PER_KIND).forEach(a -> paths.add("articles/" + a.article().id()));
    s.stories().stream().filter(st -> st.articles().size() > 1).limit(PER_KIND).forEach(st -> paths.add("stories/" + st.id()));
    s.entityById().keySet().stream().limit(PER_KIND).forEach(id -> paths.add("entities/" + id));
    s.series().stream().limit(PER_KIND).forEach(cs -> paths.add("claims/series/" + cs.id()));
    return paths;
  }

  private void print(PrintWriter out, HttpLoad.Result r) {
    List<HttpLoad.Sample> all = r.samples();
    List<HttpLoad.Sample> answered = all.stream().filter(x -> x.status() != 0).toList();
    out.printf("clients %d, requests %d of %d in %.2f s (cap %d s): %.1f requests/s%n", clients, all.size(), requests,
        r.seconds(), seconds, all.size() / r.seconds());
    out.printf("answers: %d ok, %d rate-limited (429), %d errors%n", r.count(200), r.count(429), r.errors());
    Latencies latency = HttpLoad.Result.latencies(answered);
    out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", latency.millis(0.50), latency.millis(0.90),
        latency.millis(0.99), latency.millis(1.0));
    Map<String, List<HttpLoad.Sample>> byRoute = answered.stream()
        .collect(Collectors.groupingBy(BenchServeCommand::route, TreeMap::new, Collectors.toList()));
    out.printf("%-22s %8s %9s %9s%n", "route", "requests", "p50 ms", "p99 ms");
    byRoute.forEach((route, samples) -> {
      Latencies l = HttpLoad.Result.latencies(samples);
      out.printf("%-22s %8d %9.2f %9.2f%n", route, samples.size(), l.millis(0.50), l.millis(0.99));
    });
  }

  /** "articles/a12…" → "articles/{id}", "search?q=x" → "search": the route a path exercises. */
  private static String route(HttpLoad.Sample s) {
    String p = s.path().replaceFirst("\\?.*", "");
    return p.matches("(articles|stories|entities|claims/series)/.+") ? p.replaceFirst("/[^/]+$", "/{id}") : p;
  }
}
