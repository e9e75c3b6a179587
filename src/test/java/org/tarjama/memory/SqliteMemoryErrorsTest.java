package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
