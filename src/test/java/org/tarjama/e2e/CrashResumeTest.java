package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real translate process with SIGKILL while requests are open, runs the same command again, and compares
 * the result with an uninterrupted run: same files byte for byte, and no sentence answered before the kill is
 * sent again. (A reply is committed to the memory within a millisecond of arriving; the test kills once the
 * replies it saw answered are committed, so that it checks the promise and not a race.)
 */
class CrashResumeTest {

  private static final Path SEEDS = Path.of("seeds");

  @TempDir
  Path dir;

  private String[] command(FakeLibreServer server, Path tm, Path out) {
    return new String[] {"--endpoint", server.url(), "--tm", tm.toString(), "--out", out.toString(),
        "--concurrency", "2", "--batch", "4", SEEDS.toString(), dir.resolve("more").toString()};
  }

  private Process start(String[] args, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LoopbackRun.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void aRunKilledMidwayAndRunAgainWritesWhatAnUninterruptedRunWritesAndPaysForNothingTwice() throws Exception {
    SyntheticArticles.fromSeeds(SEEDS).write(dir.resolve("more"), 12, 4);

    // the same command each time: the uninterrupted run's output is moved aside before the killed run starts
    Path out = dir.resolve("out");
    Path reference = dir.resolve("reference");
    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(5), 4, n -> FakeLibreServer.Fault.NONE, false)) {
      assertFalse(LoopbackRun.run(command(server, dir.resolve("reference.sqlite"), out)).hasFailures());
    }
    Files.move(out, reference);

    Path tm = dir.resolve("tm.sqlite");
    Set<String> answeredBeforeKill = new HashSet<>();
    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(5), 4, n -> FakeLibreServer.Fault.NONE, true)) {
      server.answerOnly(6);
      Process child = start(command(server, tm, out), dir.resolve("killed.log"));
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      // both request slots stuck on held requests, and every earlier reply stored: now kill
      while (server.held() < 2 && child.isAlive() && System.nanoTime() < giveUp) Thread.sleep(10);
      assertEquals(2, server.held(), () -> "the run did not reach the held requests: " + log("killed.log"));
      long answered = server.log().stream().filter(FakeLibreServer.Request::answered).mapToLong(r -> r.texts().size()).sum();
      while (stored(tm) < answered && System.nanoTime() < giveUp) Thread.sleep(10);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertEquals(137, child.exitValue());
      server.log().stream().filter(FakeLibreServer.Request::answered).forEach(r -> answeredBeforeKill.addAll(r.texts()));
      assertEquals(6, server.log().stream().filter(FakeLibreServer.Request::answered).count());
    }
    assertTrue(hasPartFiles(out), "a killed run leaves temporary files behind");

    try (FakeLibreServer server = FakeLibreServer.start(Duration.ofMillis(5), 4, n -> FakeLibreServer.Fault.NONE, true)) {
      Process again = start(command(server, tm, out), dir.resolve("again.log"));
      assertTrue(again.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, again.exitValue(), () -> log("again.log"));
      Set<String> resent = new HashSet<>();
      server.log().forEach(r -> resent.addAll(r.texts()));
      resent.retainAll(answeredBeforeKill);
      assertEquals(Set.of(), resent);
    }

    assertFalse(hasPartFiles(out));
    assertEquals(files(reference), files(out));
  }

  /** Translations committed to the memory file so far, read as another process would. */
  private static long stored(Path tm) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tm);
         ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM translation")) {
      return rs.getLong(1);
    } catch (SQLException e) {
      // the child may not have created the table yet
      return 0;
    }
  }

  private String log(String name) {
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static boolean hasPartFiles(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  /** Every output file but run.json (timings and counters differ by nature), by relative path. */
  private static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals("run.json")) files.put(out.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
