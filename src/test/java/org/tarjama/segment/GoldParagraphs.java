package org.tarjama.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code segment/seeds-gold.txt}: the cleaned paragraphs of the seeds with their gold sentences.
 * A paragraph starts with {@code @ <article> <paragraph> <source line>}, has one sentence per line and
 * ends at a blank line; the paragraph text is its sentences joined with one space.
 */
public record GoldParagraphs(String article, int index, int line, List<String> sentences) {

  public String text() {
    return String.join(" ", sentences);
  }

  public static List<GoldParagraphs> seeds() throws IOException {
    InputStream stream = GoldParagraphs.class.getResourceAsStream("/segment/seeds-gold.txt");
    Objects.requireNonNull(stream, "missing test resource segment/seeds-gold.txt");
    List<GoldParagraphs> paragraphs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String[] head = null;
      List<String> sentences = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.startsWith("#")) continue;
        if (line.startsWith("@ ")) {
          head = line.substring(2).split(" ");
          if (head.length != 3) throw new IllegalArgumentException("seeds-gold.txt line " + number + ": " + line);
        } else if (line.isEmpty()) {
          if (head != null) paragraphs.add(paragraph(head, sentences));
          head = null;
          sentences = new ArrayList<>();
        } else if (head == null) {
          throw new IllegalArgumentException("seeds-gold.txt line " + number + ": sentence outside a paragraph");
        } else {
          sentences.add(line);
        }
      }
      if (head != null) paragraphs.add(paragraph(head, sentences));
    }
    return paragraphs;
  }

  private static GoldParagraphs paragraph(String[] head, List<String> sentences) {
    return new GoldParagraphs(head[0], Integer.parseInt(head[1]), Integer.parseInt(head[2]), List.copyOf(sentences));
  }
}
