package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NamedOutputStreamTest {

  /** Linux's /dev/full fails every write with ENOSPC: a full disk without filling one. */
  private static final Path FULL = Path.of("/dev/full");

  @Test
  void aWriteToAFullDiskNamesTheFileBeingWrittenAndWhatToDo() {
    Assumptions.assumeTrue(Files.isWritable(FULL), "/dev/full is not available here");
    Path target = Path.of("out", "corpus.tmx");
    IOException e = assertThrows(IOException.class, () -> {
      try (OutputStream out = new NamedOutputStream(Files.newOutputStream(FULL), target)) {
        out.write(new byte[1 << 16]);
        out.flush();
      }
    });
    assertEquals("cannot write out/corpus.tmx: no space left on the disk; free some space or write to another disk",
        e.getMessage());
  }
}
