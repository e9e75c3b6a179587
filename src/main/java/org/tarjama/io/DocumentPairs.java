package org.tarjama.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the document pairs of {@code tarjama align}: two files (one pair); two folders, whose files pair by their
 * path below each folder; or one TSV file listing {@code arabic-path TAB english-path} per line (relative paths
 * from the TSV's folder). A file without its partner is a problem reported with its path; the others go on.
 */
public final class DocumentPairs {

  private DocumentPairs() {
  }

  /** The pairs and the problems found; {@code english} is null when {@code arabic} is a TSV list of pairs. */
  public static PairSet find(String arabic, @Nullable String english) {
    return find(arabic, english, null);
  }

  /** As {@link #find(String, String)}, leaving out the run's own output folder when it lies inside an input folder. */
  public static PairSet find(String arabic, @Nullable String english, @Nullable Path outputFolder) {
    Path ar = Path.of(arabic);
    List<DocumentPair> pairs = new ArrayList<>();
    List<Skipped> problems = new ArrayList<>();
    if (english == null) {
      if (!Files.isRegularFile(ar)) {
        problems.add(new Skipped(arabic, "no such list of pairs; give a TSV file (arabic-path TAB english-path), or two files or folders"));
      } else {
        listed(ar, pairs, problems);
      }
      return new PairSet(unique(pairs), problems);
    }
    Path en = Path.of(english);
    if (Files.isDirectory(ar) && Files.isDirectory(en)) {
      folders(ar, en, outputFolder, pairs, problems);
    } else if (Files.isDirectory(ar) || Files.isDirectory(en)) {
      problems.add(new Skipped(arabic + " " + english, "give two files or two folders, not one of each"));
    } else {
      if (!Files.isRegularFile(ar)) problems.add(new Skipped(arabic, "no such Arabic file; check the path"));
      if (!Files.isRegularFile(en)) problems.add(new Skipped(english, "no such English file; check the path"));
      if (problems.isEmpty()) pairs.add(new DocumentPair(stem(ar.getFileName().toString()), ar, en));
    }
    return new PairSet(unique(pairs), problems);
  }

  /** The pairs to align and the inputs that cannot be. */
  public record PairSet(List<DocumentPair> pairs, List<Skipped> problems) {
    public PairSet {
      pairs = List.copyOf(pairs);
      problems = List.copyOf(problems);
    }
  }

  private static void folders(Path ar, Path en, @Nullable Path outputFolder, List<DocumentPair> pairs,
                              List<Skipped> problems) {
    Set<Path> arFiles = filesBelow(ar, outputFolder, problems);
    Set<Path> enFiles = filesBelow(en, outputFolder, problems);
    for (Path relative : arFiles) {
      if (enFiles.contains(relative)) {
        pairs.add(new DocumentPair(stem(relative.toString()), ar.resolve(relative), en.resolve(relative)));
      } else {
        problems.add(new Skipped(ar.resolve(relative).toString(),
            "no English partner: expected " + en.resolve(relative) + "; add it or move this file out of " + ar));
      }
    }
    for (Path relative : enFiles) {
      if (!arFiles.contains(relative)) {
        problems.add(new Skipped(en.resolve(relative).toString(),
            "no Arabic partner: expected " + ar.resolve(relative) + "; add it or move this file out of " + en));
      }
    }
  }

  private static Set<Path> filesBelow(Path folder, @Nullable Path outputFolder, List<Skipped> problems) {
    Set<Path> found = new TreeSet<>();
    // a run's outputs (pairs.jsonl, run.json, articles/) are no documents to pair on the next run
    Path outputs = outputFolder == null ? null : outputFolder.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> outputs == null || !p.toAbsolutePath().normalize().startsWith(outputs))
          .forEach(p -> found.add(folder.relativize(p)));
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Skipped(folder.toString(), "cannot list folder: " + e.getMessage()));
    }
    return found;
  }

  private static void listed(Path tsv, List<DocumentPair> pairs, List<Skipped> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new Skipped(tsv.toString(), "cannot read the list of pairs: " + e.getMessage()));
      return;
    }
    Path base = tsv.toAbsolutePath().getParent();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);  // a spreadsheet's UTF-8 export starts so
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] fields = line.split("\t", -1);
      String where = tsv + ":" + n;
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        problems.add(new Skipped(where, "expected arabic-path TAB english-path, found " + fields.length + " field(s)"));
        continue;
      }
      Path ar = base.resolve(fields[0].strip());
      Path en = base.resolve(fields[1].strip());
      if (!Files.isRegularFile(ar)) problems.add(new Skipped(where, "no such Arabic file: " + ar));
      else if (!Files.isRegularFile(en)) problems.add(new Skipped(where, "no such English file: " + en));
      else pairs.add(new DocumentPair(stem(fields[0].strip()), ar, en));
    }
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  /** Two pairs with one id (a.txt and a.md) get distinct ids, so no output file is written twice. */
  private static List<DocumentPair> unique(List<DocumentPair> pairs) {
    Map<String, Integer> seen = new HashMap<>();
    List<DocumentPair> out = new ArrayList<>();
    for (DocumentPair pair : pairs) {
      int n = seen.merge(pair.id(), 1, Integer::sum);
      out.add(n == 1 ? pair : new DocumentPair(pair.id() + "-" + n, pair.arabic(), pair.english()));
    }
    return out;
  }
}
