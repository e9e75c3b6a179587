package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.SqliteMemory;

/** A memory file that is damaged, not a memory at all, or read-only: one line with the path and what to do, exit 3. */
class MemoryFileErrorsTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  /** A memory with a few hundred entries, so that it spans many pages. */
  private Path memory(Path file) throws Exception {
    try (SqliteMemory memory = SqliteMemory.open(file)) {
      for (int i = 0; i < 300; i++) {
        memory.store(MemoryScope.of("pseudo", "m", Map.of()), Map.of("قال الرئيس إن الاجتماع رقم " + i + " انتهى.",
            "The president said that meeting number " + i + " ended."));
      }
    }
    return file;
  }

  private void assertOneLineWithoutTrace(String expectedStart) {
    String text = err.toString();
    assertEquals(1, text.strip().lines().count(), text);
    assertTrue(text.startsWith(expectedStart), text);
    assertTrue(!text.contains("\tat "), text);
  }

  @Test
  void aFileThatIsNotADatabaseIsNamedWithWhatToDo() throws Exception {
    Path file = Files.writeString(dir.resolve("memory.sqlite"), "قال الرئيس: هذا ليس ملف ذاكرة\n".repeat(200));
    assertEquals(ExitCodes.UNAVAILABLE, run("tm", "stats", "--tm", file.toString()));
    assertOneLineWithoutTrace("tarjama: cannot read translation memory " + file + ": it is not an SQLite database");
    assertTrue(err.toString().contains("move it aside (mv " + file + " " + file + ".broken) to start a new one, or run with --no-tm"),
        err.toString());
  }

  @Test
  void aMemoryWithACorruptPageStopsATranslateRunWithOneLine() throws Exception {
    Path file = memory(dir.resolve("memory.sqlite"));
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      for (long page = 4096; page + 4096 <= raw.length(); page += 4096) {
        raw.seek(page);
        raw.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
      }
    }
    assertEquals(ExitCodes.UNAVAILABLE, run("translate", "seeds", "--backend", "pseudo", "--tm", file.toString(),
        "--out", dir.resolve("out").toString()));
    String text = err.toString();
    assertTrue(text.contains("tarjama: cannot read translation memory " + file + ": the file is damaged (a corrupt page);"),
        text);
    assertTrue(!text.contains("\tat "), text);
  }

  @Test
  void tmStatsReadsAMemoryInAReadOnlyFolderAndLeavesItExactlyAsItWas() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("shared"));
    Path file = memory(folder.resolve("memory.sqlite"));
    byte[] before = Files.readAllBytes(file);
    try (Immutable fileLocked = Immutable.tryOn(file); Immutable folderLocked = Immutable.tryOn(folder)) {
      Assumptions.assumeTrue(fileLocked.applied() && folderLocked.applied(), "chattr +i is not available here");
      assertEquals(ExitCodes.OK, run("tm", "stats", "--tm", file.toString()), err.toString());
    }
    assertTrue(out.toString().contains("300 translations, 0 of them imported"), out.toString());
    assertArrayEquals(before, Files.readAllBytes(file));
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "no -wal or -shm file left beside it");
    }
  }

  @Test
  void tmStatsOnAnSqliteFileThatIsNotAMemorySaysSo() throws Exception {
    Path file = dir.resolve("other.sqlite");
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
      db.createStatement().executeUpdate("CREATE TABLE notes (text TEXT)");
    }
    assertEquals(ExitCodes.UNAVAILABLE, run("tm", "stats", "--tm", file.toString()));
    assertOneLineWithoutTrace("tarjama: " + file + " is an SQLite file but not a translation memory");
  }
}
