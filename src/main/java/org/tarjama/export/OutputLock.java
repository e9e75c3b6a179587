package org.tarjama.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.FileErrors;

/**
 * One run's hold on an output folder, in {@value #FILE}: the operating system's lock on that file (released by the
 * kernel however the holder ends, even by SIGKILL) and, inside it, who holds it (pid, host, start, command) so a
 * refused run can name the other. A lock file with a holder written in it but no lock on it was left by a run
 * that died, and is taken over. Where the file system has no locks, a holder whose pid is gone on this host is
 * stale. On release the file is emptied, not deleted: deleting would let two runs lock two different files.
 */
public final class OutputLock implements AutoCloseable {

  public static final String FILE = ".tarjama.lock";
  /** Folders this process holds, with their holder: a second channel on a locked file would drop the lock on close. */
  private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

  private final Path key;
  private final FileChannel channel;
  private final @Nullable FileLock lock;
  private final Optional<String> takenOver;
  private final boolean createdFolder;

  private OutputLock(Path key, FileChannel channel, @Nullable FileLock lock, Optional<String> takenOver,
                     boolean createdFolder) {
    this.createdFolder = createdFolder;
    this.key = key;
    this.channel = channel;
    this.lock = lock;
    this.takenOver = takenOver;
  }

  /** Thrown when another run holds the folder. */
  public static final class HeldException extends FileErrors.Explained {
    HeldException(String message) {
      super(message, null);
    }
  }

  /**
   * Takes the lock on {@code folder} (creating the folder) for {@code command}, or throws {@link HeldException}
   * naming the run that holds it.
   */
  public static OutputLock acquire(Path folder, String command) throws IOException {
    Path key;
    boolean created = !Files.exists(folder);
    try {
      Files.createDirectories(folder);
      key = folder.toRealPath();
    } catch (IOException e) {
      throw FileErrors.explain("create the output folder", folder, e);
    }
    String mine = RunHolder.record(command);
    String other = HELD_HERE.putIfAbsent(key, mine);
    if (other != null) throw held(folder, RunHolder.parse(other));
    try {
      return lock(folder, key, mine, created);
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(key);
      throw e;
    }
  }

  private static OutputLock lock(Path folder, Path key, String mine, boolean created) throws IOException {
    Path file = folder.resolve(FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw FileErrors.explain("write the lock file", file, e);
    }
    try {
      @Nullable FileLock lock;
      boolean locksWork = true;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      } catch (IOException e) {
        lock = null; // a file system without locks: fall back on the pid written inside
        locksWork = false;
      }
      @Nullable JsonNode holder = RunHolder.parse(read(channel));
      if (lock == null && (locksWork || holder != null && RunHolder.alive(holder))) throw held(folder, holder);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(mine.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      Optional<String> takenOver = holder == null ? Optional.empty()
          : Optional.of("took over the lock on " + folder + " left by a run that is no longer running ("
              + RunHolder.describe(holder) + ")");
      return new OutputLock(key, channel, lock, takenOver, created);
    } catch (IOException e) {
      channel.close();
      throw e instanceof FileErrors.Explained ? e : FileErrors.explain("lock", file, e);
    }
  }

  private static HeldException held(Path folder, @Nullable JsonNode holder) {
    return new HeldException(folder + " is in use by another tarjama run (" + RunHolder.describe(holder)
        + "); wait for it to end, or choose another output folder");
  }

  private static String read(FileChannel channel) throws IOException {
    long size = Math.min(channel.size(), 64 * 1024);
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // read until full
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  /** Whether the folder did not exist before this run took the lock: a run that writes nothing removes it again. */
  public boolean createdFolder() {
    return createdFolder;
  }

  /** When this run replaced the lock of one that died (killed, or the machine restarted): what it said. */
  public Optional<String> takenOver() {
    return takenOver;
  }

  /** Empties the lock file, then lets go of it. */
  @Override
  public void close() throws IOException {
    try {
      if (channel.isOpen()) channel.truncate(0);
    } finally {
      try {
        if (lock != null && lock.isValid()) lock.release();
      } finally {
        channel.close();
        HELD_HERE.remove(key);
      }
    }
  }
}
