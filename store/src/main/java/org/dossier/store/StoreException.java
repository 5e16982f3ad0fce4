package org.dossier.store;

/**
 * The store cannot be opened, read or written. The message is one line naming the folder and what to
 * do about it, fit to show a user as is.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
