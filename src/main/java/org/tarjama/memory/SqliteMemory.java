package org.tarjama.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.tarjama.io.FileErrors;

/**
 * The translation memory in one SQLite file, in WAL mode: a killed process leaves a consistent file, and lookups
 * (on their own connection) never wait for a write. Every {@link #store} is one committed transaction. Safe for
 * several threads, and for several processes sharing the file.
 */
public final class SqliteMemory implements TranslationMemory {

  /** Bumped when the table layout changes; a file from a newer tarjama is refused rather than damaged. */
  static final int SCHEMA_VERSION = 1;

  /** Sources looked up per query; well under SQLite's limit on bound parameters. */
  private static final int LOOKUP_CHUNK = 400;
  private static final String PUT = "INSERT OR REPLACE INTO translation (source, backend, model, options, target, created)"
      + " VALUES (?, ?, ?, ?, ?, ?)";

  private final Path file;
  private final boolean temporary;
  private final Connection writer;
  private final Connection reader;
  private final PreparedStatement put;

  private SqliteMemory(Path file, boolean temporary) throws IOException {
    this.file = file;
    this.temporary = temporary;
    requireFile(file);
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw FileErrors.explain("create the folder of the translation memory", parent, e);
    }
    this.writer = connect();
    try {
      createSchema();
      this.put = writer.prepareStatement(PUT);
      this.reader = connect();
    } catch (SQLException | IOException e) {
      closeQuietly(writer);
      throw e instanceof SQLException sql ? problem("cannot open", sql) : (IOException) e;
    }
  }

  /** One read-only connection for both roles: nothing is written, not even a journal or a layout version. */
  private SqliteMemory(Path file) throws IOException {
    this.file = file;
    this.temporary = false;
    requireFile(file);
    this.writer = connectReadOnly();
    this.reader = writer;
    try {
      checkReadable();
      this.put = writer.prepareStatement(PUT);
    } catch (SQLException | IOException e) {
      closeQuietly(writer);
      throw e instanceof SQLException sql ? problem("cannot read", sql) : (IOException) e;
    }
  }

  /**
   * Opens the existing memory in {@code file} for reading only (tm stats, tm export, export --tm): works on a
   * read-only file or folder, and leaves the file exactly as it was.
   */
  public static SqliteMemory openReadOnly(Path file) throws IOException {
    return new SqliteMemory(file);
  }

  /** Opens (creating when missing) the memory in {@code file}. */
  public static SqliteMemory open(Path file) throws IOException {
    return new SqliteMemory(file, false);
  }

  /** A memory in a fresh temporary file, deleted on close: a run's duplicates are still sent once. */
  public static SqliteMemory temporary() throws IOException {
    return new SqliteMemory(Files.createTempFile("tarjama-memory-", ".sqlite"), true);
  }

  public Path file() {
    return file;
  }

  private Connection connect() throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits, which are re-sent.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(30_000);
    try {
      return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw problem("cannot open", e);
    }
  }

  private Connection connectReadOnly() throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(30_000);
    try {
      Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = connection.createStatement()) {
        s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
        return connection;
      } catch (SQLException e) {
        closeQuietly(connection);
        throw e;
      }
    } catch (SQLException e) {
      // a WAL file in a folder we may not write to: read it as it is on disk, if no unsaved changes wait in a WAL
      if (!hasPendingWal()) {
        try {
          return config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
        } catch (SQLException ignored) {
          // report the first failure, the clearer one
        }
      }
      throw problem("cannot open", e);
    }
  }

  private boolean hasPendingWal() {
    try {
      Path wal = Path.of(file + "-wal");
      return Files.exists(wal) && Files.size(wal) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** A readable memory of a layout this tarjama knows. */
  private void checkReadable() throws SQLException, IOException {
    try (Statement s = writer.createStatement()) {
      int version;
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new FileErrors.Explained(file + " is a translation memory from a newer tarjama (layout " + version
            + "); upgrade tarjama, or choose another file with --tm", null);
      }
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'translation'")) {
        if (!rs.next()) {
          throw new FileErrors.Explained(file + " is an SQLite file but not a translation memory (no translation table);"
              + " name the memory file a run used with --tm", null);
        }
      }
    }
  }

  private void createSchema() throws SQLException, IOException {
    try (Statement s = writer.createStatement()) {
      int version;
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new IOException(file + " is a translation memory from a newer tarjama (layout " + version
            + "); upgrade tarjama, or choose another file with --tm");
      }
      s.executeUpdate("CREATE TABLE IF NOT EXISTS translation ("
          + " source TEXT NOT NULL, backend TEXT NOT NULL, model TEXT NOT NULL, options TEXT NOT NULL,"
          + " target TEXT NOT NULL, created INTEGER NOT NULL,"
          + " PRIMARY KEY (source, backend, model, options)) WITHOUT ROWID");
      s.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
    }
  }

  @Override
  public Map<String, MemoryEntry> find(MemoryScope scope, Collection<String> sources) throws IOException {
    Map<String, MemoryEntry> best = new HashMap<>();
    List<String> all = List.copyOf(sources);
    synchronized (reader) {
      try {
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
          List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
          try (PreparedStatement find = reader.prepareStatement("SELECT source, target, backend, model, options, created"
              + " FROM translation WHERE source IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
              + " AND (backend = ? OR (backend = ? AND model = ? AND options = ?))")) {
            int i = 1;
            for (String source : chunk) find.setString(i++, source);
            find.setString(i++, MemoryScope.IMPORTED);
            find.setString(i++, scope.backend());
            find.setString(i++, scope.model());
            find.setString(i, scope.options());
            try (ResultSet rs = find.executeQuery()) {
              while (rs.next()) best.merge(rs.getString(1), entry(rs), SqliteMemory::preferred);
            }
          }
        }
      } catch (SQLException e) {
        throw problem("cannot read", e);
      }
    }
    Map<String, MemoryEntry> found = new LinkedHashMap<>();
    for (String source : all) {
      MemoryEntry entry = best.get(source);
      if (entry != null) found.put(source, entry);
    }
    return found;
  }

  /** An imported entry wins over a machine translation; among equals, the newer. */
  private static MemoryEntry preferred(MemoryEntry a, MemoryEntry b) {
    if (a.imported() != b.imported()) return a.imported() ? a : b;
    return b.createdMillis() > a.createdMillis() ? b : a;
  }

  @Override
  public void store(MemoryScope scope, Map<String, String> translations) throws IOException {
    long now = System.currentTimeMillis();
    List<MemoryEntry> entries = new ArrayList<>(translations.size());
    translations.forEach((source, target) -> entries.add(new MemoryEntry(source, target, scope, now)));
    storeAll(entries);
  }

  /** Stores entries of any scopes in one transaction (used by TMX import). */
  public void storeAll(Collection<MemoryEntry> entries) throws IOException {
    if (entries.isEmpty()) return;
    inTransaction(() -> {
      for (MemoryEntry e : entries) {
        put.setString(1, e.source());
        put.setString(2, e.scope().backend());
        put.setString(3, e.scope().model());
        put.setString(4, e.scope().options());
        put.setString(5, e.target());
        put.setLong(6, e.createdMillis());
        put.addBatch();
      }
      put.executeBatch();
      return null;
    });
  }

  /** Work on the writer connection that throws what JDBC throws. */
  private interface WriterWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} on the writer as one transaction: all of it is stored, or none. */
  private <T> T inTransaction(WriterWork<T> work) throws IOException {
    synchronized (writer) {
      try {
        writer.setAutoCommit(false);
        try {
          T result = work.run();
          writer.commit();
          return result;
        } catch (SQLException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw problem("cannot write to", e);
      }
    }
  }

  /** Deletes {@code entries} (by source, backend, model and options) in one transaction; returns how many went. */
  public int remove(Collection<MemoryEntry> entries) throws IOException {
    if (entries.isEmpty()) return 0;
    return inTransaction(() -> {
      int removed = 0;
      try (PreparedStatement delete = writer.prepareStatement(
          "DELETE FROM translation WHERE source = ? AND backend = ? AND model = ? AND options = ?")) {
        for (MemoryEntry e : entries) {
          delete.setString(1, e.source());
          delete.setString(2, e.scope().backend());
          delete.setString(3, e.scope().model());
          delete.setString(4, e.scope().options());
          removed += delete.executeUpdate();
        }
      }
      return removed;
    });
  }

  /** Receives entries one at a time. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(MemoryEntry entry) throws IOException;
  }

  /** Every entry (of {@code backend} only, when not empty), ordered by backend, model, options and source. */
  public void forEach(String backend, EntryVisitor visitor) throws IOException {
    String sql = "SELECT source, target, backend, model, options, created FROM translation"
        + (backend.isEmpty() ? "" : " WHERE backend = ?") + " ORDER BY backend, model, options, source";
    synchronized (reader) {
      try (PreparedStatement s = reader.prepareStatement(sql)) {
        if (!backend.isEmpty()) s.setString(1, backend);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) visitor.visit(entry(rs));
        }
      } catch (SQLException e) {
        throw problem("cannot read", e);
      }
    }
  }

  public MemoryStats stats() throws IOException {
    List<MemoryStats.ScopeCount> scopes = new ArrayList<>();
    String sql = "SELECT backend, model, options, COUNT(*) FROM translation GROUP BY backend, model, options"
        + " ORDER BY backend, model, options";
    synchronized (reader) {
      try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          scopes.add(new MemoryStats.ScopeCount(new MemoryScope(rs.getString(1), rs.getString(2), rs.getString(3)),
              rs.getLong(4)));
        }
      } catch (SQLException e) {
        throw problem("cannot read", e);
      }
    }
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal"}) {
      Path part = Path.of(file + suffix);
      if (Files.exists(part)) bytes += Files.size(part);
    }
    return new MemoryStats(file, bytes, scopes);
  }

  /** An entry from a row of (source, target, backend, model, options, created). */
  private static MemoryEntry entry(ResultSet rs) throws SQLException {
    return new MemoryEntry(rs.getString(1), rs.getString(2), new MemoryScope(rs.getString(3), rs.getString(4), rs.getString(5)),
        rs.getLong(6));
  }

  private IOException problem(String what, SQLException e) {
    return new FileErrors.Explained(what + " translation memory " + file + ": " + explain(file, e), e);
  }

  /** A folder, device or pipe given as the memory: SQLite would report only a disk I/O error, or write over /dev/null. */
  private static void requireFile(Path file) throws IOException {
    if (!Files.exists(file) || Files.isRegularFile(file)) return;
    String what = Files.isDirectory(file) ? "a folder" : "not a regular file (a device or pipe)";
    throw new FileErrors.Explained("cannot open translation memory " + file + ": it is " + what
        + ", not a memory file; give the path of a file with --tm (it is created when missing), or run with --no-tm", null);
  }

  /** What an SQLite failure means for the memory file, and what to do about it. */
  static String explain(Path file, SQLException e) {
    int code = e.getErrorCode() & 0xff; // the primary result code, without SQLite's extended bits
    String moveAside = "move it aside (mv " + file + " " + file + ".broken) to start a new one, or run with --no-tm";
    return switch (code) {
      case 26 -> "it is not an SQLite database (damaged, or another kind of file); " + moveAside; // SQLITE_NOTADB
      case 11 -> "the file is damaged (a corrupt page); " + moveAside; // SQLITE_CORRUPT
      case 13 -> "the disk is full; free some space, or run with --no-tm"; // SQLITE_FULL
      case 8 -> "the file is read-only; make it writable, choose another file with --tm, or run with --no-tm"; // READONLY
      case 5, 6 -> "another program holds it locked for too long; try again when it has finished"; // BUSY, LOCKED
      case 14 -> "it cannot be opened for writing (its folder is missing, read-only or not permitted); check the path"
          + " and its permissions, choose another file with --tm, or run with --no-tm"; // SQLITE_CANTOPEN
      case 10 -> "a read or write failed (" + e.getMessage() + "); check the disk, or run with --no-tm"; // SQLITE_IOERR
      default -> e.getMessage() + "; choose another file with --tm, or run without one with --no-tm";
    };
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already failing with a clearer error
    }
  }

  @Override
  public void close() throws IOException {
    try {
      synchronized (reader) {
        reader.close();
      }
      synchronized (writer) {
        writer.close();
      }
    } catch (SQLException e) {
      throw problem("cannot close", e);
    } finally {
      if (temporary) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) Files.deleteIfExists(Path.of(file + suffix));
      }
    }
  }
}
