package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The causes SQLite reports for a memory file, as one line with what to do. */
class SqliteMemoryErrorsTest {

  private static final Path FILE = Path.of("cache", "memory.sqlite");

  private static String explain(SQLiteErrorCode code) {
    return SqliteMemory.explain(FILE, new SQLiteException(code.message, code));
  }

  @Test
  void aFullDiskSaysSoAndOffersNoTm() {
    assertEquals("the disk is full; free some space, or run with --no-tm", explain(SQLiteErrorCode.SQLITE_FULL));
  }

  @Test
  void aDamagedFileIsToBeMovedAsideWithTheExactCommand() {
    assertEquals("the file is damaged (a corrupt page); move it aside (mv cache/memory.sqlite cache/memory.sqlite.broken)"
        + " to start a new one, or run with --no-tm", explain(SQLiteErrorCode.SQLITE_CORRUPT));
    assertEquals("it is not an SQLite database (damaged, or another kind of file); move it aside (mv cache/memory.sqlite"
        + " cache/memory.sqlite.broken) to start a new one, or run with --no-tm", explain(SQLiteErrorCode.SQLITE_NOTADB));
  }

  @Test
  void extendedCodesMeanWhatTheirPrimaryCodeMeans() {
    assertEquals("the file is read-only; make it writable, choose another file with --tm, or run with --no-tm",
        explain(SQLiteErrorCode.SQLITE_READONLY_DBMOVED));
    assertEquals("the disk is full; free some space, or run with --no-tm",
        SqliteMemory.explain(FILE, new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL) {
          @Override
          public int getErrorCode() {
            return 13 | (1 << 8);
          }
        }));
  }

  @Test
  void aFolderOrDeviceGivenAsTheMemoryIsNamedAsSuchAndLeftAlone(@TempDir Path temp) throws Exception {
    for (Path notAFile : List.of(temp, Path.of("/dev/null"))) {
      IOException e = assertThrows(IOException.class, () -> SqliteMemory.open(notAFile).close());
      assertTrue(e.getMessage().startsWith("cannot open translation memory " + notAFile
          + ": it is " + (notAFile.equals(temp) ? "a folder" : "not a regular file")), e.getMessage());
      assertTrue(e.getMessage().endsWith("or run with --no-tm"), e.getMessage());
    }
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(0, left.count(), "nothing is created in a folder given as the memory");
    }
  }
}
