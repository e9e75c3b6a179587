package org.tarjama.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.ArticleIds;
import org.tarjama.io.ArticleReader;
import org.tarjama.io.ArticleStream;
import org.tarjama.io.InputFinder;
import org.tarjama.io.InputFormat;
import org.tarjama.io.InputFormats;
import org.tarjama.io.InputLimits;
import org.tarjama.io.InputOptions;
import org.tarjama.io.SourceArticle;
import org.tarjama.io.UnreadableInputException;

/**
 * The input files, listed on the driver as {@code tarjama translate} lists them (a folder: its {@code *.txt},
 * {@code *.jsonl}, {@code *.html} below it, sorted; a named file: itself; a glob pattern: what it matches), with the ids the command line gives them
 * ({@link ArticleIds}) and their sizes, so that a file over the size limit is skipped without being read. Listing
 * with {@code listStatus} rather than Spark's {@code binaryFiles}: on a local file system the latter forks an
 * {@code ls} per file for its permissions and serialises the Hadoop configuration once per file.
 */
final class InputListing {

  /** One input file: its URI, its path as the command line names it, its article id, size and whether it is JSONL. */
  record Entry(String uri, String source, String id, long size, boolean records) implements Serializable {
  }

  /** The readable files (by id) and the reasons for those skipped. */
  record Listing(List<Entry> entries, List<String> skipped) {

    /** Whether every article's id is known before reading: no JSONL file, whose records carry their own ids. */
    boolean idsKnown() {
      return entries.stream().noneMatch(Entry::records);
    }
  }

  private InputListing() {
  }

  static Listing list(Configuration conf, List<String> inputs, InputOptions options) throws IOException {
    List<String> uris = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      // the path itself, else a pattern (hdfs:///news/2024-*/) as Spark users give them
      FileStatus[] matches;
      boolean pattern = false;
      try {
        matches = new FileStatus[] {fs.getFileStatus(path)};
      } catch (FileNotFoundException e) {
        matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) throw new FileNotFoundException("no such file or folder: " + input);
        pattern = true;
        Arrays.sort(matches);  // in path order, as a shell expands a pattern
      }
      for (FileStatus status : matches) {
        // a match is named as the shell would have expanded the pattern: without a scheme if the pattern had none
        String given = !pattern ? input
            : path.toUri().getScheme() == null ? status.getPath().toUri().getPath() : status.getPath().toString();
        if (status.isFile()) {
          uris.add(status.getPath().toString());
          sources.add(given);
          sizes.add(status.getLen());
          continue;
        }
        List<Found> found = new ArrayList<>();
        below(fs, status, found);
        // as InputFinder: the files of a folder in path order
        found.sort(Comparator.comparing(f -> java.nio.file.Path.of(f.relative())));
        for (Found f : found) {
          uris.add(f.status().getPath().toString());
          sources.add(source(given, f.relative()));
          sizes.add(f.status().getLen());
        }
      }
    }
    List<String> names = uris.stream().map(u -> new Path(u).getName()).toList();
    List<String> ids = ArticleIds.forFiles(names, sources);
    List<Entry> entries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    InputLimits limits = InputLimits.DEFAULT;
    for (int i = 0; i < uris.size(); i++) {
      boolean records = options.format().of(names.get(i)) == InputFormat.JSONL;
      // a JSONL file is read record by record, any size; another input is one article, read whole
      if (!records && sizes.get(i) > limits.maxBytes()) {
        skipped.add(sources.get(i) + ": " + limits.tooLarge(String.valueOf(sizes.get(i))));
      } else {
        entries.add(new Entry(uris.get(i), sources.get(i), ids.get(i), sizes.get(i), records));
      }
    }
    entries.sort(Comparator.comparing(Entry::id));
    return new Listing(List.copyOf(entries), List.copyOf(skipped));
  }

  private record Found(FileStatus status, String relative) {
  }

  private static void below(FileSystem fs, FileStatus folder, List<Found> found) throws IOException {
    Deque<Found> folders = new ArrayDeque<>();
    folders.add(new Found(folder, ""));
    while (!folders.isEmpty()) {
      Found dir = folders.poll();
      for (FileStatus child : fs.listStatus(dir.status().getPath())) {
        String relative = dir.relative() + child.getPath().getName();
        if (child.isDirectory()) {
          folders.add(new Found(child, relative + "/"));
        } else if (InputFinder.isTextFile(java.nio.file.Path.of(child.getPath().getName()))) {
          found.add(new Found(child, relative));
        }
      }
    }
  }

  /** The path the command line would name: the input as given, then the path below it. */
  private static String source(String input, String relative) {
    if (new Path(input).toUri().getScheme() == null) return java.nio.file.Path.of(input).resolve(relative).toString();
    return (input.endsWith("/") ? input : input + "/") + relative;
  }

  /**
   * {@code entries} in {@code n} runs of consecutive entries (ids in order), of about equal bytes; some may be empty.
   */
  static List<List<Entry>> slices(List<Entry> entries, int n) {
    List<List<Entry>> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) slices.add(new ArrayList<>());
    long total = 0;
    for (Entry e : entries) total += Math.max(1, e.size());
    long before = 0;
    for (Entry e : entries) {
      int slice = (int) Math.min(n - 1, before * n / Math.max(1, total));
      slices.get(slice).add(e);
      before += Math.max(1, e.size());
    }
    return slices;
  }

  /** The articles of {@code entries}, read one file at a time by the CLI's own readers; what cannot be read is skipped. */
  static Iterator<SourceArticle> read(Iterator<Entry> entries, Configuration conf, InputOptions options,
                                      Consumer<String> skipped) {
    return new Iterator<>() {
      private @Nullable ArticleStream current;
      private @Nullable Entry entry;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (current != null) current.close();
          current = null;
          if (!entries.hasNext()) return false;
          entry = entries.next();
          current = open(entry, conf, options, skipped);
        }
        return true;
      }

      @Override
      public SourceArticle next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceArticle a = current.next();
        Entry e = entry;
        // a text or HTML file's id is the one the command line gives it among all the inputs
        return e.records() || a.id().equals(e.id()) ? a
            : new SourceArticle(e.id(), a.source(), a.encoding(), a.text(), a.metadata(), a.dropped(), a.repairs());
      }
    };
  }

  private static @Nullable ArticleStream open(Entry entry, Configuration conf, InputOptions options, Consumer<String> skipped) {
    // one reader per file, as before: the ids of JSONL records are made unique across files by PartitionRun
    InputFormats formats = new InputFormats(options, new ArticleReader(InputStream.nullInputStream()));
    try {
      Path path = new Path(entry.uri());
      FileSystem fs = path.getFileSystem(conf);
      // a local file is read as it is: the checksum file Hadoop looks for beside it (.NAME.crc) is not even a valid
      // path when NAME holds a colon, and articles written by other tools have none
      if (fs instanceof LocalFileSystem local) fs = local.getRaw();
      InputStream in = fs.open(path);
      return formats.open(entry.source(), in, bad -> skipped.accept(bad.source() + ": " + bad.reason()));
    } catch (UnreadableInputException e) {
      skipped.accept(entry.source() + ": " + e.getMessage());
    } catch (IOException | IllegalArgumentException e) {
      // one file that cannot be opened is skipped with its reason; it does not fail the task and the job
      skipped.accept(entry.source() + ": cannot read: " + e.getMessage());
    }
    return null;
  }
}
