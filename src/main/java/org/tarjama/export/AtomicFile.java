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
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.FileErrors;

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
    // the rename at the end would put a plain file in place of a device, pipe or folder (as root, even /dev/full)
    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
      throw new FileErrors.Explained("cannot write " + target + ": it is not a regular file (a device or pipe), "
          + "which this write would replace; give the path of a file", null);
    }
    Path parent = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw FileErrors.explain("create the folder", target.getParent() == null ? parent : target.getParent(), e);
    }
    // not createTempFile: that makes the file 0600, and corpus files should get the user's usual permissions
    this.temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    try {
      this.stream = new NamedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), target);
    } catch (IOException e) {
      throw FileErrors.explain("write", target, e);
    }
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
    Staged staged = stage();
    try {
      staged.commit();
    } catch (IOException e) {
      staged.discard();
      throw e;
    }
  }

  /**
   * Finishes writing but leaves the file under its temporary name, so that a run can put many files in place
   * together at its end (and none at all if it fails).
   */
  public Staged stage() throws IOException {
    writer.flush();
    writer.close();
    done = true;
    return new Staged(temp, target);
  }

  /** A complete file under its temporary name, waiting to be renamed onto its target. */
  public record Staged(Path temp, Path target) {

    /** Renames the file onto its target, replacing an earlier one in one step. */
    public void commit() throws IOException {
      try {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw FileErrors.explain("put in place", target, e);
      }
    }

    /** Deletes the temporary file; the target keeps what it held. */
    public void discard() throws IOException {
      Files.deleteIfExists(temp);
    }

    /** Discards every file of {@code staged} and empties it; the first failure, or null, so closing goes on. */
    static @Nullable IOException discardAll(List<Staged> staged) {
      IOException first = null;
      for (Staged file : staged) {
        try {
          file.discard();
        } catch (IOException e) {
          if (first == null) first = e;
        }
      }
      staged.clear();
      return first;
    }
  }

  @Override
  public void close() throws IOException {
    if (done) return;
    done = true;
    try {
      writer.close();
    } finally {
      // closing flushes; on a full disk that fails, and the half-written file must still go
      Files.deleteIfExists(temp);
    }
  }
}
