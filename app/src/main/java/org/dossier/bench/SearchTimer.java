package org.dossier.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.lucene.LuceneKnowledgeBase;

/**
 * Times a query set through {@link KnowledgeBase#search}, the entry point of {@code dossier search}, or
 * {@link KnowledgeBase#searchIds}, the HTTP API's, on a store opened for reading as they open it: one
 * warm-up pass, then timed passes.
 */
public final class SearchTimer {
  /** What the timed passes saw: all latencies, latencies by kind of query, and hits returned. */
  public record Result(Latencies all, Map<QuerySet.Kind, Latencies> byKind, long hits, long empty) {}

  private SearchTimer() {}

  public static Result run(Path store, List<QuerySet.Query> queries, int passes, boolean idsOnly) {
    Latencies all = new Latencies();
    Map<QuerySet.Kind, Latencies> byKind = new EnumMap<>(QuerySet.Kind.class);
    long hits = 0, empty = 0;
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForReading(store)) {
      java.util.function.ToIntFunction<QuerySet.Query> search =
          idsOnly ? q -> kb.searchIds(q.query()).size() : q -> kb.search(q.query()).size();
      for (QuerySet.Query q : queries) search.applyAsInt(q);
      for (int pass = 0; pass < passes; pass++) {
        for (QuerySet.Query q : queries) {
          long t0 = System.nanoTime();
          int n = search.applyAsInt(q);
          long took = System.nanoTime() - t0;
          all.add(took);
          byKind.computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
          if (pass == 0) {
            hits += n;
            if (n == 0) empty++;
          }
        }
      }
    }
    return new Result(all, byKind, hits, empty);
  }
}
