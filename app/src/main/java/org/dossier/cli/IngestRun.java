package org.dossier.cli;

import java.io.PrintWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageResult;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.core.pipeline.RunStats;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;

/**
 * One ingest: each page through the pipeline into the store, stories placed as articles arrive, a
 * commit after every batch of pages. Pages already stored with the same bytes and stages are left
 * alone, so running it twice changes nothing.
 */
final class IngestRun {
  private final KnowledgeBase kb;
  private final Pipeline pipeline;
  private final String signature;
  private final StoryTracker stories;
  private final Progress progress;
  private final PrintWriter err;
  private final int batch;
  private final RunStats stats = new RunStats();
  private int pending;
  private long read;

  IngestRun(KnowledgeBase kb, Pipeline pipeline, Progress progress, PrintWriter err, int batch) {
    this.kb = kb;
    this.pipeline = pipeline;
    this.signature = Stages.signature(pipeline);
    this.stories = StoryTracker.restore(kb);
    this.progress = progress;
    this.err = err;
    this.batch = batch;
  }

  RunStats stats() {
    return stats;
  }

  void page(RawPage page) {
    read++;
    String hash = hash(page.bytes());
    if (kb.page(page.name()).map(p -> p.sameAs(hash, signature)).orElse(false)) {
      stats.add("pages.unchanged", 1);
    } else {
      process(page, hash);
    }
    progress.read(read, stats.get("pages.committed"));
    if (pending >= batch) commit();
  }

  void reject(Outcome o) {
    read++;
    stats.count(o);
    problem(o);
    kb.putPage(new PageRecord(o.source(), Provenance.ofFile(o.source()), null, signature, o), List.of());
    pending++;
  }

  /** Writes the stories that changed and makes everything durable. */
  void commit() {
    stats.add("stories.changed", stories.flushTo(kb));
    kb.commit();
    stats.add("pages.committed", pending);
    pending = 0;
    progress.committed(stats.get("pages.committed"));
  }

  private void process(RawPage page, String hash) {
    PageResult r = pipeline.process(page);
    stats.count(r.outcome());
    if (!r.outcome().isOk()) problem(r.outcome());
    kb.putPage(new PageRecord(page.name(), page.provenance(), hash, signature, r.outcome()), r.articles());
    kb.putEvents(Stages.events(r.articles()));
    r.articles().forEach(aa -> {
      stories.add(aa);
      stats.add("articles", 1);
      stats.add("facts", aa.annotations().size());
    });
    pending++;
  }

  private void problem(Outcome o) {
    progress.clear();
    err.println(o.line());
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
