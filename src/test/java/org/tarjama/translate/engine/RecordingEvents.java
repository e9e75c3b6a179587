package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the engine events that tests check, as short lines. */
final class RecordingEvents implements EngineListener {

  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void retrying(String cause, Duration wait) {
    lines.add("retry " + cause + " " + wait);
  }

  @Override
  public synchronized void circuitOpened(String backend, Duration openFor) {
    lines.add("open " + openFor);
  }

  @Override
  public synchronized void backendStopped(String reason) {
    lines.add("stopped " + reason);
  }

  @Override
  public synchronized void waitedForPermit(Duration wait) {
    lines.add("permit " + wait);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
