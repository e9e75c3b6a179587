package org.tarjama.translate;

/**
 * Nothing answered at the backend's address before it had answered anything in this run: the run ends at once
 * (exit 3) rather than retrying for minutes. The message names the address and what to start or set.
 */
public final class BackendUnreachableException extends RuntimeException {

  public BackendUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
