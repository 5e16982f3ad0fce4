package org.dossier.store.lucene;

import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's background merges, with a failure kept for the next write to report as the store's one-line
 * error, instead of a stack trace printed by a dying merge thread (a full disk usually fails a merge
 * first).
 */
final class MergeFailures extends ConcurrentMergeScheduler {
  private volatile Throwable first;

  @Override
  protected void handleMergeException(Throwable exc) {
    if (first == null) first = exc;
  }

  /** The first merge failure since the store opened, or null. */
  Throwable failure() {
    return first;
  }
}
