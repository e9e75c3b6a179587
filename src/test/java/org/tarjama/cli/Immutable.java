package org.tarjama.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code chattr +i} on a path for the length of a test: the one way to make a folder unwritable even for root,
 * who ignores permission bits. {@link #applied()} is false where the file system or the tool does not allow it.
 */
final class Immutable implements AutoCloseable {

  private final Path path;
  private final boolean applied;

  private Immutable(Path path, boolean applied) {
    this.path = path;
    this.applied = applied;
  }

  static Immutable tryOn(Path path) throws InterruptedException {
    return new Immutable(path, chattr("+i", path));
  }

  boolean applied() {
    return applied;
  }

  private static boolean chattr(String flag, Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (applied) chattr("-i", path);
  }
}
