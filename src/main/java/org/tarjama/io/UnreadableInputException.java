package org.tarjama.io;

/** An input that cannot be turned into text; the message says why and what to do. */
public class UnreadableInputException extends Exception {

  public UnreadableInputException(String message) {
    super(message);
  }
}
