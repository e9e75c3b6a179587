package org.tarjama.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written under a temporary name beside its target and renamed onto it by {@link #commit()}, so a
 * reader never sees half a file; closing without committing deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private final Writer writer;
  private boolean done;

  private AtomicFile(Path target) throws IOException {
    this.target = target;
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // not createTempFile: that makes the file 0600, and corpus files should get the user's usual permissions
    this.temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    this.stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  public static AtomicFile open(Path target) throws IOException {
    return new AtomicFile(target);
  }

  /** Writes {@code text} to {@code target} atomically. */
  public static void write(Path target, String text) throws IOException {
    try (AtomicFile file = open(target)) {
      file.writer().write(text);
      file.commit();
    }
  }

  public Writer writer() {
    return writer;
  }

  public OutputStream stream() {
    return stream;
  }

  public Path target() {
    return target;
  }

  public void commit() throws IOException {
    writer.flush();
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  @Override
  public void close() throws IOException {
    if (done) return;
    done = true;
    writer.close();
    Files.deleteIfExists(temp);
  }
}
