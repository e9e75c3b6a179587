package org.tarjama.cli;

/** The only exit codes tarjama uses. */
public final class ExitCodes {

  public static final int OK = 0;
  /** The run finished, but some inputs were skipped or repaired, or some segments failed. */
  public static final int FAILURES = 1;
  public static final int USAGE = 2;
  /**
   * The backend or the input could not be used at all, or the backend went away during the run and did not come back
   * within --wait-for-backend (finished work written, the rest marked failed).
   */
  public static final int UNAVAILABLE = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {
  }
}
