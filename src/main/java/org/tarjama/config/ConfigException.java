package org.tarjama.config;

/** A config file that cannot be used; the message names the file, the key at fault and what to write instead. */
public class ConfigException extends Exception {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
