package org.tarjama.translate.gloss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A dictd dictionary loaded in memory: the {@code .index} parsed into a map from folded headword to entries,
 * the {@code .dict.dz} (dictzip, which gzip reads whole) decompressed once. Entries are decoded only when looked
 * up. One instance per folder and JVM, so several runs and tests share it.
 */
final class FreeDict {

  static final String NAME = "freedict-ara-eng";
  private static final Pattern EDITION = Pattern.compile("(?m)^Edition:\\s*(\\S+)|ver\\. (\\S+)");
  private static final Map<Path, FreeDict> LOADED = new ConcurrentHashMap<>();

  /** One dictionary article: the headword as written (harakat removed) and where its text lies. */
  record Entry(String headword, int offset, int length) {
  }

  private final byte[] text;
  private final Map<String, List<Entry>> byFoldedKey;
  private final String edition;

  private FreeDict(byte[] text, Map<String, List<Entry>> byFoldedKey, String edition) {
    this.text = text;
    this.byFoldedKey = byFoldedKey;
    this.edition = edition;
  }

  static Path indexFile(Path dir) {
    return dir.resolve(NAME + ".index");
  }

  /** The compressed text if present, else an uncompressed {@code .dict} some installations keep. */
  static Path textFile(Path dir) {
    Path dz = dir.resolve(NAME + ".dict.dz");
    Path plain = dir.resolve(NAME + ".dict");
    return Files.isRegularFile(dz) || !Files.isRegularFile(plain) ? dz : plain;
  }

  /** The dictionary in {@code dir}, loaded on first use and kept for the life of the JVM. */
  static FreeDict in(Path dir) throws IOException {
    Path key = dir.toAbsolutePath().normalize();
    try {
      return LOADED.computeIfAbsent(key, d -> {
        try {
          return load(d);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static FreeDict load(Path dir) throws IOException {
    Path indexFile = indexFile(dir);
    Path textFile = textFile(dir);
    byte[] text;
    try (InputStream in = Files.newInputStream(textFile)) {
      text = textFile.toString().endsWith(".dz") ? new GZIPInputStream(in, 1 << 16).readAllBytes() : in.readAllBytes();
    } catch (IOException e) {
      throw new IOException(textFile + ": cannot read the dictionary text (" + e.getMessage() + ")", e);
    }
    Map<String, List<Entry>> byKey = new HashMap<>(80_000);
    String edition = "";
    try (BufferedReader lines = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        Entry entry = parse(line, indexFile, number, text.length);
        if (entry.headword().startsWith("00database")) {
          if (entry.headword().equals("00databaseinfo") || (edition.isEmpty() && entry.headword().equals("00databaseshort"))) {
            edition = editionIn(new String(text, entry.offset(), entry.length(), StandardCharsets.UTF_8)).orElse(edition);
          }
          continue;
        }
        byKey.computeIfAbsent(LookupKey.foldExact(entry.headword()), k -> new ArrayList<>(1)).add(entry);
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    return new FreeDict(text, Map.copyOf(byKey), edition);
  }

  private static Entry parse(String line, Path file, int number, int textLength) throws IOException {
    String[] fields = line.split("\t");
    if (fields.length < 3) {
      throw new IOException(file + ":" + number + ": expected headword<TAB>offset<TAB>length, found: " + line);
    }
    try {
      long offset = DictdNumber.decode(fields[1]);
      long length = DictdNumber.decode(fields[2]);
      if (offset + length > textLength) {
        throw new IOException(file + ":" + number + ": entry '" + fields[0] + "' points past the end of the dictionary text"
            + " (" + (offset + length) + " > " + textLength + " bytes); the .index and .dict.dz do not belong together");
      }
      return new Entry(LookupKey.exact(fields[0]), (int) offset, (int) length);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
    }
  }

  static Optional<String> editionIn(String info) {
    Matcher m = EDITION.matcher(info);
    if (!m.find()) return Optional.empty();
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** Entries whose headword folds to the same key as {@code word}; those written exactly like it come first. */
  List<Entry> lookup(String word) {
    List<Entry> found = byFoldedKey.getOrDefault(LookupKey.folded(word), List.of());
    if (found.size() < 2) return found;
    String exact = LookupKey.exact(word);
    List<Entry> ordered = new ArrayList<>(found.size());
    for (Entry e : found) if (e.headword().equals(exact)) ordered.add(e);
    for (Entry e : found) if (!e.headword().equals(exact)) ordered.add(e);
    return ordered;
  }

  /** The English senses of an entry, in dictionary order. */
  List<String> senses(Entry entry) {
    String article = new String(text, entry.offset(), entry.length(), StandardCharsets.UTF_8);
    List<String> senses = new ArrayList<>();
    String[] lines = article.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String sense = lines[i].strip().replaceFirst("^\\d+\\.\\s*", "").strip();
      if (!sense.isEmpty()) senses.add(sense);
    }
    return senses;
  }

  /** The edition from {@code 00-database-info}, e.g. {@code 0.6.3}; empty when the files do not say. */
  String edition() {
    return edition;
  }

  int headwords() {
    return byFoldedKey.values().stream().mapToInt(List::size).sum();
  }
}
