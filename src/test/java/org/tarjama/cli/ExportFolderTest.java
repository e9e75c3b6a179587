package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.OutputLock;
import org.tarjama.export.SeedRun;

/** An export folder gets the same care as a run's: one writer at a time, and only this export's files afterwards. */
class ExportFolderTest {

  @TempDir
  static Path temp;
  static Path run;

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void translateSeeds() throws Exception {
    run = SeedRun.into(temp.resolve("run"));
  }

  private int export(String... args) {
    String[] all = Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new);
    return Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(all);
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  @Test
  void anUnsplitExportAfterASplitOneRemovesTheEarlierPartsButNotTheUsersFiles() throws Exception {
    Path out = dir.resolve("export");
    assertEquals(ExitCodes.OK, export(run.toString(), "--out", out.toString(), "--format", "tsv",
        "--split", "train=0.8,test=0.2"), err.toString());
    Files.writeString(out.resolve("NOTES.md"), "my notes on this corpus");

    assertEquals(ExitCodes.OK, export(run.toString(), "--out", out.toString(), "--format", "tsv"), err.toString());
    assertEquals(List.of("NOTES.md", "corpus.tsv", "excluded", "export.json"), names(out));
  }

  @Test
  void anExportIntoAFolderAnotherRunHoldsIsRefusedNamingIt() throws Exception {
    Path out = dir.resolve("export");
    try (OutputLock other = OutputLock.acquire(out, "tarjama export first --out " + out)) {
      assertEquals(ExitCodes.UNAVAILABLE, export(run.toString(), "--out", out.toString()));
    }
    assertTrue(err.toString().startsWith("tarjama: " + out + " is in use by another tarjama run (pid "), err.toString());
    assertTrue(err.toString().contains("tarjama export first --out " + out), err.toString());
    assertEquals(List.of(), names(out));
  }

  @Test
  void anExportOfARunThatIsNotThereCreatesNoFolder() {
    Path out = dir.resolve("export");
    assertEquals(ExitCodes.UNAVAILABLE, export(dir.resolve("no-such-run").toString(), "--out", out.toString()));
    assertFalse(Files.exists(out));
    assertFalse(err.toString().contains("\tat "), err.toString());
  }
}
