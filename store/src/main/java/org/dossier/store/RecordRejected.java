package org.dossier.store;

/**
 * One page's records could not be stored (the index refused a value in them); nothing of that page was
 * kept, the store goes on working, and the caller reports the page and moves to the next.
 */
public final class RecordRejected extends RuntimeException {
  public RecordRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
