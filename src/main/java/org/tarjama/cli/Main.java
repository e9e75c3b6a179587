package org.tarjama.cli;

/** Entry point of the runnable jar. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(Cli.create().execute(args));
  }
}
