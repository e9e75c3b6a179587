package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tarjama.memory.MemoryEntry;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.memory.MemoryStats;
import org.tarjama.memory.MemoryTmx;
import org.tarjama.memory.SqliteMemory;
import org.tarjama.translate.ReplyCheck;

/** {@code tarjama tm}: inspect, export and import the translation memory. */
@Command(name = "tm", mixinStandardHelpOptions = true,
    description = "Inspect, export and import the translation memory (every translation a backend returned).",
    subcommands = {TmCommand.Stats.class, TmCommand.Export.class, TmCommand.Import.class, TmCommand.Check.class})
final class TmCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --tm FILE}, shared by every command that uses the memory. */
  static final class MemoryFile {
    @Option(names = "--tm", paramLabel = "FILE",
        description = "Translation memory file (default: " + MemoryLocation.ENVIRONMENT + " if set, else"
            + " $XDG_CACHE_HOME/tarjama/" + MemoryLocation.FILE_NAME + ", else ~/.cache/tarjama/" + MemoryLocation.FILE_NAME
            + ").")
    @Nullable Path file;

    /** The flag, else TARJAMA_TM (a file, or none), else the user's cache folder. */
    MemoryLocation location() {
      return file != null ? MemoryLocation.file(file) : MemoryLocation.fromEnvironment(System::getenv);
    }

    /** The memory file the tm commands work on. */
    Path resolve() throws IOException {
      MemoryLocation location = location();
      if (location instanceof MemoryLocation.InFile chosen) return chosen.path();
      if (location instanceof MemoryLocation.UserCache) return MemoryLocation.defaultFile(System::getenv);
      throw new IOException(MemoryLocation.ENVIRONMENT + " is none: name the memory file with --tm");
    }

    /** The existing memory, read-only (a read-only file works, and is left as it was), or an error saying there is none yet. */
    SqliteMemory openExisting() throws IOException {
      return openExisting(false);
    }

    /** The existing memory, writable only when the command changes it, or an error saying there is none yet. */
    SqliteMemory openExisting(boolean writable) throws IOException {
      Path path = resolve();
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // a folder or pipe given by mistake: "none yet" would invite a run that cannot create it either
        throw new IOException(path + " is not a translation memory file (a folder, device or pipe); name the memory file with --tm");
      }
      if (!Files.isRegularFile(path)) {
        throw new IOException("no translation memory at " + path + " yet; a translate run or 'tarjama tm import' creates it");
      }
      return writable ? SqliteMemory.open(path) : SqliteMemory.openReadOnly(path);
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, description = "Show how many translations the memory holds, by backend.")
  static final class Stats implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MemoryFile tm;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (SqliteMemory memory = tm.openExisting()) {
        MemoryStats stats = memory.stats();
        out.printf("translation memory %s (%,d bytes)%n", stats.file(), stats.bytes());
        out.printf("  %,d translations, %,d of them imported%n", stats.entries(), stats.imported());
        for (MemoryStats.ScopeCount scope : stats.scopes()) {
          out.printf("  %,10d  %s%s%s%n", scope.entries(), scope.scope().backend(),
              scope.scope().model().isEmpty() ? "" : " (model " + scope.scope().model() + ")",
              scope.scope().options().isEmpty() ? "" : " [" + scope.scope().options() + "]");
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the memory as a TMX 1.4 file.")
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MemoryFile tm;

    @Parameters(paramLabel = "FILE.tmx", description = "The TMX file to write.")
    Path target;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "",
        description = "Only the translations of this backend (tmx-import for imported ones).")
    String backend;

    @Override
    public Integer call() throws IOException {
      try (SqliteMemory memory = tm.openExisting()) {
        long count = MemoryTmx.export(memory, backend, target);
        spec.commandLine().getErr().printf("tarjama: wrote %,d translations to %s%n", count, target);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Load a TMX file into the memory.",
          "Units without an x-backend prop (a human translation memory) are used before any backend is paid for;"
              + " units exported by tarjama go back under their backend and model."})
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MemoryFile tm;

    @Parameters(paramLabel = "FILE.tmx", description = "The TMX file to read (TMX 1.x, Arabic and English variants).")
    Path source;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(source)) throw new IOException("no such TMX file: " + source);
      try (SqliteMemory memory = SqliteMemory.open(tm.resolve())) {
        MemoryTmx.Imported result = MemoryTmx.importFile(memory, source);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("tarjama: imported %,d translations from %s into %s%n", result.entries(), source, memory.file());
        if (result.skipped() > 0) {
          err.printf("tarjama: skipped %,d units without both Arabic (ar) and English (en) text%n", result.skipped());
          return ExitCodes.FAILURES;
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Find translations in the memory that fail the checks every reply now passes (the Arabic handed"
          + " back, mostly Arabic, empty, commentary, an obeyed instruction) and, with --purge, delete them.",
          "Without --purge nothing is changed; the exit code is 1 when some were found."})
  static final class Check implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MemoryFile tm;

    @Option(names = "--purge", description = "Delete the entries found, so the next run sends those sentences again.")
    boolean purge;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<MemoryEntry> bad = new ArrayList<>();
      long[] all = new long[1];
      try (SqliteMemory memory = tm.openExisting(purge)) {
        memory.forEach("", entry -> {
          all[0]++;
          Optional<String> problem = ReplyCheck.problem(entry.source(), entry.target());
          if (problem.isEmpty()) return;
          bad.add(entry);
          out.printf("%s%s: %s%n    %s%n", entry.scope().backend(),
              entry.scope().model().isEmpty() ? "" : " (model " + entry.scope().model() + ")", problem.get(),
              start(entry.source()));
        });
        if (bad.isEmpty()) {
          out.printf("%,d translations checked in %s; none fails the reply checks%n", all[0], memory.file());
        } else if (purge) {
          int removed = memory.remove(bad);
          out.printf("%,d of %,d translations failed the reply checks; deleted %,d from %s%n", bad.size(), all[0],
              removed, memory.file());
        } else {
          out.printf("%,d of %,d translations fail the reply checks; nothing changed"
              + " ('tarjama tm check --purge' deletes them)%n", bad.size(), all[0]);
        }
      }
      out.flush();
      return bad.isEmpty() || purge ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    private static String start(String text) {
      return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
  }
}
