package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir
  Path dir;

  @Test
  void writingOntoAPipeIsRefusedAndLeavesThePipeInPlace() throws Exception {
    Path pipe = dir.resolve("corpus.tmx");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");

    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(pipe, "<tmx/>"));

    assertTrue(e.getMessage().startsWith("cannot write " + pipe + ": it is not a regular file"), e.getMessage());
    assertFalse(Files.isRegularFile(pipe), "the pipe was replaced by a plain file");
    assertTrue(Files.exists(pipe));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left beside it");
    }
  }

  @Test
  void aRegularFileIsReplacedWhole() throws Exception {
    Path file = Files.writeString(dir.resolve("run.json"), "old, longer text");

    AtomicFile.write(file, "new");

    assertEquals("new", Files.readString(file));
  }

  @Test
  void closingOnAFullDiskStillRemovesTheTemporaryFile() throws Exception {
    // a real full disk: a 64 KB tmpfs, where this machine lets the test mount one (root, outside most containers)
    Path tiny = Files.createDirectories(dir.resolve("tiny"));
    assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString())
        .redirectErrorStream(true).start().waitFor() == 0, "a tmpfs can be mounted here");
    try {
      AtomicFile file = AtomicFile.open(tiny.resolve("review.html"));
      // under the 64 KB buffer, so nothing is written until closing flushes it
      file.writer().write("x".repeat(60_000));
      file.writer().write("y".repeat(60_000));
      assertThrows(IOException.class, file::close);
      try (var left = Files.list(tiny)) {
        assertEquals(0, left.count(), "the half-written temporary file is removed");
      }
    } finally {
      new ProcessBuilder("umount", tiny.toString()).start().waitFor();
    }
  }
}
