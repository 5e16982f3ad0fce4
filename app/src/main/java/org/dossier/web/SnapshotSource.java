package org.dossier.web;

import org.dossier.store.KnowledgeBase;

/**
 * Hands out the current {@link Snapshot}, rebuilding it when the store has moved on (an ingest committed
 * since). Checks the store's version at most once per interval, so a burst of requests costs one check.
 */
public final class SnapshotSource {
  private static final long CHECK_EVERY_NANOS = 1_000_000_000L;
  private final KnowledgeBase kb;
  private volatile Snapshot current;
  private volatile long checkedAt;

  public SnapshotSource(KnowledgeBase kb) {
    this.kb = kb;
    this.current = Snapshot.of(kb);
    this.checkedAt = System.nanoTime();
  }

  public KnowledgeBase store() {
    return kb;
  }

  public Snapshot get() {
    long now = System.nanoTime();
    if (now - checkedAt < CHECK_EVERY_NANOS) return current;
    synchronized (this) {
      if (now - checkedAt >= CHECK_EVERY_NANOS) {
        if (kb.version() != current.version()) current = Snapshot.of(kb);
        checkedAt = System.nanoTime();
      }
      return current;
    }
  }
}
