package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.OutputLock;
import org.tarjama.export.OutputSet;

/** What a translate run does to its output folder when it finds nothing, meets another run, or follows an older one. */
class OutputFolderTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
  }

  private int translate(Path out, String... inputs) {
    String[] args = Stream.concat(Stream.of("translate", "--backend", "pseudo", "--no-tm", "--out", out.toString()),
        Stream.of(inputs)).toArray(String[]::new);
    return run(args);
  }

  /** Every file under {@code folder} with its bytes as text, by relative path. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(folder.relativize(p).toString(), Files.readString(p));
    }
    return files;
  }

  @Test
  void aTypoInTheInputLeavesTheFinishedRunInTheFolderByteForByte() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, translate(out, "seeds"));
    Map<String, String> finished = files(out);

    assertEquals(ExitCodes.FAILURES, translate(out, dir.resolve("seedz").toString()));
    assertEquals(finished, files(out));
    assertTrue(err.toString().contains("no article to write (1 inputs skipped); nothing written to " + out), err.toString());
  }

  @Test
  void aRunWithoutArticlesIntoAFolderThatDidNotExistCreatesNothing() {
    Path out = dir.resolve("new-out");
    assertEquals(ExitCodes.FAILURES, translate(out, dir.resolve("seedz").toString()));
    assertFalse(Files.exists(out));
  }

  @Test
  void aRunIntoAFolderAnotherRunHoldsIsRefusedAndLeavesThatRunsTemporaryFilesAlone() throws Exception {
    Path out = dir.resolve("out");
    try (OutputLock other = OutputLock.acquire(out, "tarjama translate first --out " + out)) {
      Path part = Files.writeString(out.resolve(".pairs.jsonl.0000.part"), "the first run's unfinished pairs\n");
      assertEquals(ExitCodes.UNAVAILABLE, translate(out, "seeds"));
      assertEquals("the first run's unfinished pairs\n", Files.readString(part));
      assertFalse(Files.exists(out.resolve(OutputSet.PAIRS)));
    }
    String message = err.toString().strip();
    assertEquals("tarjama: " + out + " is in use by another tarjama run (pid " + ProcessHandle.current().pid(),
        message.substring(0, message.indexOf(" on ")));
    assertTrue(message.endsWith("tarjama translate first --out " + out + "); wait for it to end, or choose another output folder"),
        message);
  }

  @Test
  void articleFilesOfAnEarlierRunWithOtherInputsAreRemovedAndOtherFilesAreKept() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, translate(out, "seeds"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve(OutputSet.ARTICLES).resolve("README"), "mine too");

    assertEquals(ExitCodes.OK, translate(out, "seeds/002_ed1005ffcad7e6ee.txt"));
    try (Stream<Path> articles = Files.list(out.resolve(OutputSet.ARTICLES))) {
      assertEquals(java.util.List.of("002_ed1005ffcad7e6ee.json", "README"),
          articles.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertTrue(Files.readString(out.resolve(OutputSet.PAIRS)).lines().allMatch(l -> l.contains("\"doc\":\"002_ed1005ffcad7e6ee\"")));
  }

  @Test
  void anOutputPathBlockedByAFileIsExitThreeWithThePathAndNoStackTrace() throws Exception {
    Files.writeString(dir.resolve("afile"), "x");
    Path out = dir.resolve("afile").resolve("out");
    assertEquals(ExitCodes.UNAVAILABLE, translate(out, "seeds"));
    assertEquals("tarjama: cannot create the output folder " + out + ": a file stands where a folder should be;"
        + " move that file aside or choose another path", err.toString().strip());
  }

  @Test
  void verboseAddsTheStackTraceToTheSameOneLineMessage() throws Exception {
    Files.writeString(dir.resolve("afile"), "x");
    Path out = dir.resolve("afile").resolve("out");
    assertEquals(ExitCodes.UNAVAILABLE, run("--verbose", "translate", "--backend", "pseudo", "--no-tm", "--out",
        out.toString(), "seeds"));
    String[] lines = err.toString().split("\\R");
    assertTrue(lines[0].startsWith("tarjama: cannot create the output folder " + out), lines[0]);
    assertTrue(err.toString().contains("\tat org.tarjama."), err.toString());
  }

  @Test
  void anUnwritableOutputFolderIsExitThreeWithThePathAndNoStackTrace() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (Immutable locked = Immutable.tryOn(out)) {
      org.junit.jupiter.api.Assumptions.assumeTrue(locked.applied(), "chattr +i is not available here");
      assertEquals(ExitCodes.UNAVAILABLE, translate(out, "seeds"));
    }
    String message = err.toString().strip();
    assertEquals("tarjama: cannot write the lock file " + out.resolve(OutputLock.FILE)
        + ": permission denied; check its permissions or choose another path", message);
  }

  @Test
  void anInternalErrorIsOneLineThatPointsAtVerbose() {
    assertEquals("internal error: index 3 out of bounds for length 2 (a bug in tarjama: run again with --verbose"
        + " for the details, and report them)", Cli.message(new IndexOutOfBoundsException("index 3\n out of bounds for length 2")));
    assertEquals(ExitCodes.INTERNAL, Cli.exitCodeOf(new IndexOutOfBoundsException()));
  }
}
