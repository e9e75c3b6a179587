package org.tarjama.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Expands the command-line inputs: a file is itself, a folder is every {@code *.txt}, {@code *.jsonl},
 * {@code *.html} and {@code *.htm} (any case) below it, symbolic
 * links followed, sorted so runs are repeatable; {@code -} is standard input. Every input is accounted for: what
 * cannot be listed or read (a missing path, a broken link, a link loop, a folder without permission, the same file
 * twice) is reported alone with the reason and the rest goes on. Ids are unique in the batch ({@link ArticleIds}).
 */
public final class InputFinder {

  /** Text articles, JSONL files of articles and saved HTML pages. */
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".jsonl", ".html", ".htm");
  private static final String WANTED = "*.txt, *.jsonl or *.html";

  private InputFinder() {
  }

  public static InputSet find(List<String> inputs) {
    return find(inputs, null);
  }

  /** As {@link #find(List)}, leaving out the run's own output folder when it lies inside an input folder. */
  public static InputSet find(List<String> inputs, @Nullable Path outputFolder) {
    List<Path> paths = new ArrayList<>();
    List<Skipped> problems = new ArrayList<>();
    boolean stdin = false;
    for (String input : inputs) {
      if (input.equals(InputFile.STDIN)) {
        if (stdin) problems.add(new Skipped(input, "standard input given twice; it is read once"));
        stdin = true;
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        paths.addAll(textFilesBelow(path, outputFolder, problems));
      } else if (Files.isRegularFile(path)) {
        paths.add(path);
      } else {
        problems.add(new Skipped(input, whyNotAnInput(path)));
      }
    }
    List<Found> found = new ArrayList<>();
    if (stdin) found.add(new Found("stdin", InputFile.STDIN, null));
    for (Path path : readOnce(paths, problems)) found.add(new Found(stem(path), path.toString(), path));
    List<String> ids = ArticleIds.assign(found.stream().map(Found::stem).toList(),
        found.stream().map(Found::source).toList());
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) files.add(new InputFile(ids.get(i), found.get(i).source(), found.get(i).path()));
    return new InputSet(files, problems);
  }

  private record Found(String stem, String source, @Nullable Path path) {
  }

  /** The paths in order, each file once: of two paths to one file the one without a link is kept, else the first. */
  private static List<Path> readOnce(List<Path> paths, List<Skipped> problems) {
    Map<Path, Path> keeper = new HashMap<>();
    List<Path> identities = new ArrayList<>();
    for (Path path : paths) {
      Path real = realPath(path);
      identities.add(real);
      Path kept = keeper.get(real);
      if (kept == null || !isDirect(kept, real) && isDirect(path, real)) keeper.put(real, path);
    }
    List<Path> once = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      Path kept = keeper.get(identities.get(i));
      if (kept == path) once.add(path);
      else problems.add(new Skipped(path.toString(), "same file as " + kept + " (a link to it, or given twice); read once"));
    }
    return once;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** Whether {@code path} reaches the file without going through a symbolic link. */
  private static boolean isDirect(Path path, Path real) {
    return path.toAbsolutePath().normalize().equals(real);
  }

  private static String stem(Path file) {
    return stem(file.getFileName().toString());
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String whyNotAnInput(Path path) {
    if (Files.isSymbolicLink(path)) {
      try {
        return "broken symbolic link (points to " + Files.readSymbolicLink(path) + ", which does not exist)";
      } catch (IOException e) {
        return "broken symbolic link";
      }
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return "not a regular file or folder; give a text file";
    return "no such file or folder; check the path";
  }

  /** Whether a folder's file is an input: {@code *.txt}, {@code *.jsonl}, {@code *.html} or {@code *.htm}, any case. */
  public static boolean isTextFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String extension : ARTICLE_EXTENSIONS) if (name.endsWith(extension)) return true;
    return false;
  }

  private static List<Path> textFilesBelow(Path folder, @Nullable Path outputFolder, List<Skipped> problems) {
    List<Path> found = new ArrayList<>();
    int[] others = new int[1];
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        // a run's outputs (en/*.txt, pairs.jsonl, review.html) are not articles to translate on the next run
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return isOutputFolder(dir, outputFolder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isTextFile(file)) {
            others[0]++;
          } else if (attrs.isRegularFile()) {
            found.add(file);
          } else if (attrs.isSymbolicLink()) {
            problems.add(new Skipped(file.toString(), whyNotAnInput(file)));
          } else {
            problems.add(new Skipped(file.toString(), "not a regular file; give a text file"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new Skipped(file.toString(), cannotList(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new Skipped(folder.toString(), cannotList(e)));
    }
    if (found.isEmpty() && problems.stream().noneMatch(p -> Path.of(p.source()).startsWith(folder))) {
      problems.add(new Skipped(folder.toString(), others[0] == 0 ? "folder holds no " + WANTED + " files"
          : "folder holds no " + WANTED + " files (" + others[0] + " other files; tarjama reads " + WANTED + " only)"));
    }
    found.sort(null);
    return found;
  }

  private static boolean isOutputFolder(Path dir, @Nullable Path outputFolder) {
    try {
      return outputFolder != null && Files.isDirectory(outputFolder) && Files.isSameFile(dir, outputFolder);
    } catch (IOException e) {
      return false;  // cannot compare: read it, as before
    }
  }

  private static String cannotList(IOException e) {
    if (e instanceof FileSystemLoopException) return "symbolic link loop (a link back to a folder above it); not followed";
    if (e instanceof AccessDeniedException) return "permission denied; cannot list this folder (chmod u+rx), the rest is read";
    if (e instanceof NoSuchFileException) return "disappeared while the folder was listed";
    return "cannot list: " + e.getMessage();
  }
}
