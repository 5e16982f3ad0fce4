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
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageBudget;
import org.dossier.core.pipeline.PageResult;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.core.pipeline.RunStats;
import org.dossier.core.pipeline.Watchdog;
import org.dossier.extract.PageText;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;
import org.dossier.store.RecordRejected;

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
  private final Watchdog watchdog = new Watchdog();
  private final PageBudget budget;
  private final Deque<Pending> inFlight = new ArrayDeque<>();
  private final int window;
  private int pending;
  private long read;
  private int commits;
  /**
   * For crash tests: the process stops dead (as {@code kill -9} would, no clean-up) right after this many
   * commits of pages; unset, never.
   */
  private static final int HALT_AFTER_COMMIT = Integer.getInteger("dossier.haltAfterCommit", -1);

  /** A page handed to a worker, and its hash. */
  private record Pending(RawPage page, String hash, Future<PageResult> result) {}

  IngestRun(KnowledgeBase kb, Pipeline pipeline, PageBudget budget, Progress progress, PrintWriter err, int batch) {
    this.kb = kb;
    this.budget = budget;
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

  /** Pages read so far: stored, unchanged, skipped and failed ones, each counted once. */
  long read() {
    return read;
  }

  void page(RawPage page) {
    read++;
    String hash = Ids.contentHash(page.bytes());
    if (kb.page(page.name()).map(p -> p.sameAs(hash, signature)).orElse(false)) {
      stats.add("pages.unchanged", 1);
    } else {
      inFlight.add(new Pending(page, hash, workers.submit(() -> watchdog.run(budget.time(),
          () -> pipeline.process(page, budget)))));
      while (inFlight.size() > window) store(inFlight.poll());
    }
    progress.read(read, stats.get("pages.committed"));
  }

  /**
   * A reader's problem: a rejected file or record is a page read (counted and recorded as such); a warning
   * (a page cut to the size cap, a record trailer out of place) is only said and counted, its page, if
   * any, comes on its own.
   */
  void reject(Outcome o) {
    if (o.isWarning()) {
      problem(o);
      stats.count(o);
      return;
    }
    drain();
    problem(o);
    read++;
    if (record(new PageRecord(o.source(), Provenance.ofFile(o.source()), null, signature, o), List.of())) {
      stats.count(o);
    }
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
    watchdog.close();
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
    if (++commits == HALT_AFTER_COMMIT) Runtime.getRuntime().halt(137);
  }

  private void store(Pending p) {
    PageResult r = result(p);
    Outcome o = r.outcome();
    if (record(new PageRecord(p.page().name(), p.page().provenance(), p.hash(), signature, o), r.articles())) {
      if (!r.articles().isEmpty()) kb.putPageText(p.page().name(), PageText.of(p.page()));
      stats.countPage(o);
      if (!o.isOk() || o.isWarning()) problem(o);
      r.articles().forEach(aa -> {
        stories.add(aa);
        stats.add("articles", 1);
        stats.add("facts", aa.annotations().stream().filter(a -> !(a instanceof Gist)).count()); // a gist states nothing
      });
    }
    pending++;
    if (pending >= batch) commit();
  }

  /**
   * Puts a page; when the store refuses its records, the page is a failed one instead (one line, one
   * count) and the run goes on. Returns whether the page went in as given.
   */
  private boolean record(PageRecord page, List<AnnotatedArticle> articles) {
    try {
      kb.putPage(page, articles);
      return true;
    } catch (RecordRejected e) {
      Outcome failed = Outcome.failed(page.name(), "store", "rejected", e.getMessage());
      stats.countPage(failed);
      problem(failed);
      try {
        kb.putPage(new PageRecord(page.name(), page.provenance(), null, signature, failed), List.of());
      } catch (RecordRejected again) {
        // nothing of the page can be kept; its line above says so
      }
      return false;
    }
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
          e.getCause() instanceof OutOfMemoryError ? "out of memory on this page; give the JVM more "
              + "(DOSSIER_JAVA_OPTS=-Xmx4g) or ingest it alone" : String.valueOf(e.getCause())));
    }
  }

  private void problem(Outcome o) {
    progress.clear();
    err.println(o.line());
    err.flush();
  }

}
