package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

  @TempDir
  Path dir;

  private Process holder(Path folder) throws Exception {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString())
        .redirectErrorStream(true).start();
  }

  private static long awaitLocked(Process process) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    assertTrue(line != null && line.startsWith("locked "), "the holder did not take the lock: " + line);
    return Long.parseLong(line.substring("locked ".length()));
  }

  @Test
  void aSecondRunInThisProcessIsRefusedWithTheFirstRunsCommand() throws Exception {
    Path out = dir.resolve("out");
    try (OutputLock first = OutputLock.acquire(out, "tarjama translate seeds --out out")) {
      OutputLock.HeldException refused = assertThrows(OutputLock.HeldException.class,
          () -> OutputLock.acquire(out, "tarjama translate other --out out"));
      assertTrue(refused.getMessage().contains("in use by another tarjama run (pid " + ProcessHandle.current().pid()),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("tarjama translate seeds --out out"), refused.getMessage());
    }
    try (OutputLock again = OutputLock.acquire(out, "tarjama translate other --out out")) {
      assertEquals(Optional.empty(), again.takenOver(), "a lock released normally is not stale");
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedAndTakenOverOnceThatProcessIsKilled() throws Exception {
    Path out = dir.resolve("out");
    Process other = holder(out);
    try {
      long pid = awaitLocked(other);
      OutputLock.HeldException refused = assertThrows(OutputLock.HeldException.class,
          () -> OutputLock.acquire(out, "tarjama translate seeds --out out"));
      assertTrue(refused.getMessage().contains("(pid " + pid + " on "), refused.getMessage());
      assertTrue(refused.getMessage().contains("tarjama translate held-by-test"), refused.getMessage());

      other.destroyForcibly();
      assertTrue(other.waitFor(30, TimeUnit.SECONDS));
      try (OutputLock mine = OutputLock.acquire(out, "tarjama translate seeds --out out")) {
        String note = mine.takenOver().orElseThrow();
        assertTrue(note.contains("no longer running (pid " + pid + " on "), note);
      }
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aReleasedLockLeavesAnEmptyLockFileAndNothingElse() throws Exception {
    Path out = dir.resolve("out");
    try (OutputLock lock = OutputLock.acquire(out, "tarjama translate seeds --out out")) {
      assertTrue(Files.readString(out.resolve(OutputLock.FILE)).contains("\"command\":\"tarjama translate seeds --out out\""));
    }
    try (var files = Files.list(out)) {
      assertEquals(List.of(out.resolve(OutputLock.FILE)), files.toList());
    }
    assertEquals(0, Files.size(out.resolve(OutputLock.FILE)));
  }
}
