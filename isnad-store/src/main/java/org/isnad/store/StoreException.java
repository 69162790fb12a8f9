package org.isnad.store;

/** A store operation failed; the message says which and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
