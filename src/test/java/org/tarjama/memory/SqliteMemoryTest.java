package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMemoryTest {

  private static final String SOURCE = "وقال باقري إن إيران ستقوم بتقوية أنظمة الدفاع الجوي السورية.";
  private static final String TARGET = "Bagheri said Iran would strengthen Syria's air defence systems.";
  private static final MemoryScope DEEPL = new MemoryScope("deepl", "", "formality=more");

  @TempDir
  Path dir;

  @Test
  void aStoredTranslationOutlivesTheProcessThatStoredIt() throws IOException {
    Path file = dir.resolve("tm.sqlite");
    try (SqliteMemory memory = SqliteMemory.open(file)) {
      memory.store(DEEPL, Map.of(SOURCE, TARGET));
    }

    try (SqliteMemory memory = SqliteMemory.open(file)) {
      MemoryEntry entry = memory.find(DEEPL, List.of(SOURCE)).get(SOURCE);
      assertEquals(TARGET, entry.target());
      assertEquals(DEEPL, entry.scope());
    }
  }

  @Test
  void theFileUsesWriteAheadLogging() throws Exception {
    Path file = dir.resolve("tm.sqlite");
    try (SqliteMemory memory = SqliteMemory.open(file)) {
      memory.store(DEEPL, Map.of(SOURCE, TARGET));
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
         ResultSet rs = db.createStatement().executeQuery("PRAGMA journal_mode")) {
      assertEquals("wal", rs.getString(1));
    }
  }

  @Test
  void anotherBackendModelOrOptionsDoesNotMatch() throws IOException {
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(DEEPL, Map.of(SOURCE, TARGET));

      assertEquals(Map.of(), memory.find(new MemoryScope("google", "", "formality=more"), List.of(SOURCE)));
      assertEquals(Map.of(), memory.find(new MemoryScope("deepl", "latency_optimized", "formality=more"), List.of(SOURCE)));
      assertEquals(Map.of(), memory.find(new MemoryScope("deepl", "", "formality=less"), List.of(SOURCE)));
    }
  }

  @Test
  void anImportedTranslationWinsForEveryBackend() throws IOException {
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(DEEPL, Map.of(SOURCE, TARGET));
      memory.store(MemoryScope.imported("human.tmx"), Map.of(SOURCE, "Bagheri said Iran will reinforce Syrian air defences."));

      for (MemoryScope scope : List.of(DEEPL, new MemoryScope("google", "nmt", ""))) {
        MemoryEntry entry = memory.find(scope, List.of(SOURCE)).get(SOURCE);
        assertEquals("Bagheri said Iran will reinforce Syrian air defences.", entry.target());
        assertTrue(entry.imported());
        assertEquals("human.tmx", entry.scope().model());
      }
    }
  }

  @Test
  void aTemporaryMemoryLeavesNoFileBehind() throws IOException {
    Path file;
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      file = memory.file();
      memory.store(DEEPL, Map.of(SOURCE, TARGET));
      assertTrue(Files.exists(file));
    }
    assertFalse(Files.exists(file));
    assertFalse(Files.exists(Path.of(file + "-wal")));
  }

  @Test
  void statsCountEntriesByScope() throws IOException {
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(DEEPL, Map.of(SOURCE, TARGET, "نص آخر", "another text"));
      memory.store(MemoryScope.imported("human.tmx"), Map.of(SOURCE, TARGET));

      MemoryStats stats = memory.stats();

      assertEquals(3, stats.entries());
      assertEquals(1, stats.imported());
      assertEquals(List.of(new MemoryStats.ScopeCount(DEEPL, 2),
          new MemoryStats.ScopeCount(MemoryScope.imported("human.tmx"), 1)), stats.scopes());
    }
  }

  @Test
  void aFileThatIsNotAMemoryIsRefusedWithAClearMessage() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "this is not a database, it is a note about the run\n".repeat(100));

    IOException e = assertThrows(IOException.class, () -> SqliteMemory.open(file));

    assertTrue(e.getMessage().startsWith("cannot open translation memory " + file + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": it is not an SQLite database (damaged, or another kind of file); move it aside (mv "
        + file + " " + file + ".broken) to start a new one, or run with --no-tm"), e.getMessage());
  }

  @Test
  void aMemoryFromANewerTarjamaIsRefused() throws Exception {
    Path file = dir.resolve("tm.sqlite");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      db.createStatement().executeUpdate("PRAGMA user_version = 99");
    }

    IOException e = assertThrows(IOException.class, () -> SqliteMemory.open(file));

    assertEquals(file + " is a translation memory from a newer tarjama (layout 99); upgrade tarjama, or choose another"
        + " file with --tm", e.getMessage());
  }
}
