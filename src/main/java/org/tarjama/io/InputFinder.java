package org.tarjama.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the command-line inputs: a file is itself, a folder is every {@code *.txt}, {@code *.jsonl} and
 * {@code *.html}/{@code *.htm} below it (sorted, so runs
 * are repeatable), {@code -} is standard input. Two inputs with the same file name get distinct ids.
 */
public final class InputFinder {

  /** The file names a folder is searched for: text articles, JSONL article files and saved HTML pages. */
  private static final java.util.regex.Pattern ARTICLE_FILE = java.util.regex.Pattern.compile(".*\\.(txt|jsonl|html?)");

  private InputFinder() {
  }

  public static InputSet find(List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<Skipped> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String input : inputs) {
      if (input.equals(InputFile.STDIN)) {
        files.add(unique(InputFile.stdin(), seen));
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        for (Path file : textFilesBelow(path, problems)) files.add(unique(of(file), seen));
      } else if (Files.isRegularFile(path)) {
        files.add(unique(of(path), seen));
      } else {
        problems.add(new Skipped(input, "no such file or folder; check the path"));
      }
    }
    return new InputSet(files, problems);
  }

  private static List<Path> textFilesBelow(Path folder, List<Skipped> problems) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> found = walk.filter(Files::isRegularFile)
          .filter(p -> ARTICLE_FILE.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
      if (found.isEmpty()) problems.add(new Skipped(folder.toString(), "folder holds no *.txt, *.jsonl or *.html files"));
      return found;
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Skipped(folder.toString(), "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private static InputFile of(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return new InputFile(id, file.toString(), file);
  }

  private static InputFile unique(InputFile file, Map<String, Integer> seen) {
    int n = seen.merge(file.id(), 1, Integer::sum);
    return n == 1 ? file : new InputFile(file.id() + "-" + n, file.source(), file.path());
  }
}
