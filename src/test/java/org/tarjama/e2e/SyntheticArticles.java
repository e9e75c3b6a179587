package org.tarjama.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.tarjama.Tarjama;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;

/**
 * Many articles made of the seed articles' real Arabic sentences, each sentence tagged with a running number so
 * that no two are alike (otherwise the engine would send each once).
 */
public final class SyntheticArticles {

  private final List<String> sentences;

  private SyntheticArticles(List<String> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** Sentences from the seed articles in {@code seeds} that end with a full stop. */
  public static SyntheticArticles fromSeeds(Path seeds) {
    Set<String> found = new LinkedHashSet<>();
    Tarjama.segment(List.of(seeds.toString()), skipped -> { }).forEachRemaining(article -> {
      for (Segment s : article.segments()) {
        if (s.text().endsWith(".") && s.text().length() > 30) found.add(s.text());
      }
    });
    if (found.isEmpty()) throw new IllegalStateException("no sentences in " + seeds);
    return new SyntheticArticles(new ArrayList<>(found));
  }

  /** The {@code n}-th distinct sentence. */
  public String sentence(long n) {
    String base = sentences.get((int) (n % sentences.size()));
    return base.substring(0, base.length() - 1) + " (" + n + ").";
  }

  /** {@code count} articles of {@code perArticle} sentences in one paragraph, made one at a time as they are pulled. */
  public Iterator<Article> articles(int count, int perArticle) {
    return articles(count, perArticle, 0);
  }

  /** As {@link #articles(int, int)}, numbering sentences from {@code first}. */
  public Iterator<Article> articles(int count, int perArticle, long first) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        String id = String.format("article-%06d", next);
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < perArticle; s++) {
          if (s > 0) text.append(' ');
          String sentence = sentence(first + (long) next * perArticle + s);
          int start = text.length();
          text.append(sentence);
          segments.add(new Segment(new SegmentId(id, 1, s + 1), sentence, new Span(start, text.length())));
        }
        next++;
        return new Article(id, id + ".txt", "UTF-8", List.of(new Paragraph(1, 1, text.toString(), segments)), List.of());
      }
    };
  }

  /** Writes {@code count} article files of {@code perArticle} sentences, one paragraph each, into {@code folder}. */
  public void write(Path folder, int count, int perArticle) throws IOException {
    Files.createDirectories(folder);
    long n = 0;
    for (int a = 0; a < count; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < perArticle; s++) text.append(s == 0 ? "" : " ").append(sentence(n++));
      Files.writeString(folder.resolve(String.format("article-%06d.txt", a)), text + "\n", StandardCharsets.UTF_8);
    }
  }
}
