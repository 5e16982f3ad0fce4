package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.core.model.Event;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Ids;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageResult;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.core.pipeline.RunStats;
import org.dossier.extract.PageText;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;

/**
 * One ingest: each page through the pipeline into the store, stories placed as articles arrive, a
 * commit after every batch of pages. Pages already stored with the same bytes and stages are left
 * alone, so running it twice changes nothing. Pages are processed on worker threads but written in the
 * order they were read, so a run's ids, stories and commits do not depend on timing.
 */
final class IngestRun implements AutoCloseable {
  private final KnowledgeBase kb;
  private final Pipeline pipeline;
  private final String signature;
  private final StoryTracker stories;
  private final Progress progress;
  private final PrintWriter err;
  private final int batch;
  private final RunStats stats = new RunStats();
  private final ExecutorService workers;
  private final Deque<Pending> inFlight = new ArrayDeque<>();
  private final int window;
  private int pending;
  private long read;

  /** A page handed to a worker, and its hash. */
  private record Pending(RawPage page, String hash, Future<PageResult> result) {}

  IngestRun(KnowledgeBase kb, Pipeline pipeline, Progress progress, PrintWriter err, int batch) {
    this.kb = kb;
    this.pipeline = pipeline;
    this.signature = pipeline.signature();
    this.stories = StoryTracker.restore(kb);
    this.progress = progress;
    this.err = err;
    this.batch = batch;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ingest-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = 2 * threads;
  }

  RunStats stats() {
    return stats;
  }

  void page(RawPage page) {
    read++;
    String hash = Ids.contentHash(page.bytes());
    if (kb.page(page.name()).map(p -> p.sameAs(hash, signature)).orElse(false)) {
      stats.add("pages.unchanged", 1);
    } else {
      inFlight.add(new Pending(page, hash, workers.submit(() -> pipeline.process(page))));
      while (inFlight.size() > window) store(inFlight.poll());
    }
    progress.read(read, stats.get("pages.committed"));
  }

  void reject(Outcome o) {
    drain();
    read++;
    stats.count(o);
    problem(o);
    kb.putPage(new PageRecord(o.source(), Provenance.ofFile(o.source()), null, signature, o), List.of());
    pending++;
  }

  /** Stores every page still in flight, merges events across the store and makes everything durable. */
  void finish() {
    drain();
    commit();
    List<Event> events = Stages.mergedEvents(kb);
    kb.replaceEvents(events);
    kb.commit();
    stats.add("events", events.size());
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private void drain() {
    while (!inFlight.isEmpty()) store(inFlight.poll());
  }

  /** Writes the stories that changed and makes everything durable. */
  private void commit() {
    stats.add("stories.changed", stories.flushTo(kb));
    kb.commit();
    stats.add("pages.committed", pending);
    pending = 0;
    progress.committed(stats.get("pages.committed"));
  }

  private void store(Pending p) {
    PageResult r = result(p);
    stats.count(r.outcome());
    if (!r.outcome().isOk() || r.outcome().isWarning()) problem(r.outcome());
    kb.putPage(new PageRecord(p.page().name(), p.page().provenance(), p.hash(), signature, r.outcome()),
        r.articles());
    if (!r.articles().isEmpty()) kb.putPageText(p.page().name(), PageText.of(p.page()));
    r.articles().forEach(aa -> {
      stories.add(aa);
      stats.add("articles", 1);
      stats.add("facts", aa.annotations().stream().filter(a -> !(a instanceof Gist)).count()); // a gist states nothing
    });
    pending++;
    if (pending >= batch) commit();
  }

  private PageResult result(Pending p) {
    try {
      return p.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      // Pipeline.process turns page problems into outcomes; what reaches here is an error such as OOM.
      return new PageResult(p.page(), List.of(), Outcome.failed(p.page().name(), "pipeline", "error",
          String.valueOf(e.getCause())));
    }
  }

  private void problem(Outcome o) {
    progress.clear();
    err.println(o.line());
  }

}
