package org.tarjama.translate;

/** A backend cannot be built here (dictionary missing, key not set, server not answering); the message says what to do. */
public class BackendUnavailableException extends Exception {

  public BackendUnavailableException(String message) {
    super(message);
  }

  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
