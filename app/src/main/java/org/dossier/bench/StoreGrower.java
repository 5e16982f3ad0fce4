package org.dossier.bench;

import java.nio.file.Path;
import java.util.List;
import org.dossier.core.model.Ids;
import org.dossier.core.model.Provenance;
import org.dossier.core.pipeline.Outcome;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;
import org.dossier.store.lucene.LuceneKnowledgeBase;

/**
 * Grows a store with derived articles through the store's own write path, as {@code ingest} writes: each
 * page put with its article and its text, a commit (which merges the touched entities) every batch of
 * pages. The writer is closed between steps, so a reader then sees a settled index.
 */
public final class StoreGrower {
  /** The pipeline signature recorded on derived pages, so they are never taken for ingested ones. */
  private static final String SIGNATURE = "bench-derived";

  private final Path folder;
  private final ArticleDeriver deriver;
  private final int batch;
  private long articles;

  public StoreGrower(Path folder, ArticleDeriver deriver, int batch) {
    if (batch < 1) throw new IllegalArgumentException("the batch must be at least 1 page, not " + batch);
    this.folder = folder;
    this.deriver = deriver;
    this.batch = batch;
  }

  public long articles() {
    return articles;
  }

  /** Adds derived articles until the store holds {@code target}; returns the seconds it took. */
  public double growTo(long target) {
    long t0 = System.nanoTime();
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForWriting(folder)) {
      int pending = 0;
      while (articles < target) {
        ArticleDeriver.Derived d = deriver.derive(articles++);
        kb.putPage(new PageRecord(d.page(), Provenance.ofFile(d.page()), Ids.hash(d.page()), SIGNATURE,
            Outcome.ok(d.page())), List.of(d.article()));
        kb.putPageText(d.page(), d.article().article().text());
        if (++pending >= batch) {
          kb.commit();
          pending = 0;
        }
      }
      kb.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
