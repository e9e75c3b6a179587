package org.tarjama.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Article files made of the UD PUD Arabic sentences in {@code ../shared/data}, each sentence made unique by a
 * number in front ({@code "17، ..."}), so nothing is a memory hit, a repeat or a site template.
 */
final class PudArticles {

  private static final Path DATA = Path.of("..", "shared", "data");

  private final List<String> sentences = new ArrayList<>();
  private long next = 1;

  PudArticles() throws IOException {
    for (String part : List.of("dev", "test")) {
      List<String> lines = Files.readAllLines(DATA.resolve("pud-ar-en." + part + ".tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t");
        if (fields.length > 2 && !fields[2].isBlank()) sentences.add(fields[2].strip());
      }
    }
  }

  /** Writes {@code articles} files of {@code perArticle} sentences, {@code perParagraph} to a paragraph line. */
  void write(Path dir, int articles, int perArticle, int perParagraph) throws IOException {
    Files.createDirectories(dir);
    for (int a = 0; a < articles; a++) {
      try (Writer out = Files.newBufferedWriter(dir.resolve(String.format("%06d.txt", a)), StandardCharsets.UTF_8)) {
        writeArticle(out, perArticle, perParagraph);
      }
    }
  }

  /** Writes files of about {@code bytes} / {@code articles} bytes each, {@code perParagraph} sentences to a line. */
  void writeBytes(Path dir, int articles, long bytes, int perParagraph) throws IOException {
    Files.createDirectories(dir);
    long each = bytes / articles;
    for (int a = 0; a < articles; a++) {
      try (Writer out = Files.newBufferedWriter(dir.resolve(String.format("%06d.txt", a)), StandardCharsets.UTF_8)) {
        long written = 0;
        while (written < each) written += writeParagraph(out, perParagraph);
      }
    }
  }

  /** The files of {@code dir} in name order, joined with a blank line into one file of at most {@code maxBytes}. */
  static void join(Path dir, Path file, long maxBytes) throws IOException {
    long written = 0;
    try (var out = Files.newOutputStream(file); var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        if (written + bytes.length + 1 > maxBytes) break;
        out.write(bytes);
        out.write('\n');
        written += bytes.length + 1;
      }
    }
  }

  private void writeArticle(Writer out, int perArticle, int perParagraph) throws IOException {
    for (int done = 0; done < perArticle; done += perParagraph) writeParagraph(out, Math.min(perParagraph, perArticle - done));
  }

  private long writeParagraph(Writer out, int count) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) line.append(' ');
      line.append(next).append("، ").append(sentences.get((int) (next % sentences.size())));
      next++;
    }
    line.append("\n\n");
    out.write(line.toString());
    return line.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
