package org.tarjama.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a run keeps its translation memory: the user's cache folder (the default), a file chosen with
 * {@code --tm}, or nowhere ({@code --no-tm}: a temporary file for this run only, so duplicates are still
 * sent once but nothing is read from or left on disk).
 */
public sealed interface MemoryLocation {

  String FILE_NAME = "memory.sqlite";

  /** The environment variable that picks the memory when no flag does: a file, or {@code none}. */
  String ENVIRONMENT = "TARJAMA_TM";

  SqliteMemory open() throws IOException;

  static MemoryLocation userCache() {
    return new UserCache();
  }

  static MemoryLocation file(Path file) {
    return new InFile(file);
  }

  static MemoryLocation none() {
    return new None();
  }

  /** {@code TARJAMA_TM} when set (a file, or {@code none}), else the user's cache folder. */
  static MemoryLocation fromEnvironment(Function<String, @Nullable String> env) {
    String chosen = env.apply(ENVIRONMENT);
    if (chosen == null || chosen.isBlank()) return userCache();
    return chosen.strip().equals("none") ? none() : file(Path.of(chosen.strip()));
  }

  /**
   * The default memory file: {@code $XDG_CACHE_HOME/tarjama/memory.sqlite}, else {@code %LOCALAPPDATA%} on
   * Windows, else {@code ~/.cache/tarjama/memory.sqlite}.
   */
  static Path defaultFile(Function<String, @Nullable String> env) {
    String xdg = env.apply("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) return Path.of(xdg, "tarjama", FILE_NAME);
    String local = env.apply("LOCALAPPDATA");
    if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
      return Path.of(local, "tarjama", "cache", FILE_NAME);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "tarjama", FILE_NAME);
  }

  /** The default file in the user's cache folder. */
  record UserCache() implements MemoryLocation {
    @Override
    public SqliteMemory open() throws IOException {
      return SqliteMemory.open(defaultFile(System::getenv));
    }
  }

  /** A file the user chose. */
  record InFile(Path path) implements MemoryLocation {
    @Override
    public SqliteMemory open() throws IOException {
      return SqliteMemory.open(path);
    }
  }

  /** No lasting memory. */
  record None() implements MemoryLocation {
    @Override
    public SqliteMemory open() throws IOException {
      return SqliteMemory.temporary();
    }
  }
}
