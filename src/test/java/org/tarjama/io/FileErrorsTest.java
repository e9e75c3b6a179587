package org.tarjama.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

  private static final Path PAIRS = Path.of("out", "pairs.jsonl");

  @Test
  void aFullDiskNamesTheFileTheOperationAndWhatToDo() {
    assertEquals("cannot write out/pairs.jsonl: no space left on the disk; free some space or write to another disk",
        FileErrors.explain("write", PAIRS, new IOException("No space left on device")).getMessage());
  }

  @Test
  void aReadOnlyFileSystemAndADeniedPermissionSayWhichAndWhatToCheck() {
    assertEquals("cannot write out/pairs.jsonl: the file system is read-only; check its permissions or choose another path",
        FileErrors.explain("write", PAIRS, new FileSystemException("out/.pairs.jsonl.1.part", null, "Read-only file system"))
            .getMessage());
    assertEquals("cannot write out/pairs.jsonl: permission denied; check its permissions or choose another path",
        FileErrors.explain("write", PAIRS, new AccessDeniedException("out/.pairs.jsonl.1.part")).getMessage());
  }

  @Test
  void anErrorAlreadyExplainedIsNotWrappedTwice() {
    IOException first = FileErrors.explain("write", PAIRS, new IOException("No space left on device"));
    assertSame(first, FileErrors.explain("put in place", PAIRS, first));
  }

  @Test
  void aBareJdkErrorIsDescribedWithItsPath() {
    assertEquals("memory.sqlite: no such file or folder", FileErrors.describe(new NoSuchFileException("memory.sqlite")));
    assertEquals("out: permission denied; check its permissions or choose another path",
        FileErrors.describe(new AccessDeniedException("out")));
    assertEquals("no translation memory at x yet", FileErrors.describe(new IOException("no translation memory at x yet")));
  }
}
