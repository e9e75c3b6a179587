package org.tarjama.export;

import java.nio.file.Path;

/** Holds the lock on the folder {@code args[0]} until killed: another process for the lock tests. */
public final class LockHolder {

  private LockHolder() {
  }

  public static void main(String[] args) throws Exception {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]), "tarjama translate held-by-test --out " + args[0]);
    System.out.println("locked " + ProcessHandle.current().pid());
    System.out.flush();
    Thread.sleep(120_000);
    lock.close();
  }
}
