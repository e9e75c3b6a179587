package org.tarjama.clean;

import org.tarjama.model.FlaggedLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Removal;

class BatchTemplateTest {

  private static final String SLOGAN = "قناة المنار | المقاومة عنوان";
  private static final String QUOTE = "وقال باقري إن «إيران ستقوم بتقوية أنظمة الدفاع الجوي السورية في إطار توطيد العلاقات"
      + " العسكرية بين البلدين».";

  @Test
  void removesALineFoundInManyArticlesWithTheCountAsReason() {
    BatchTemplate template = BatchTemplate.learning(BatchTemplate.Rule.defaults());
    List<String> batch = new ArrayList<>();
    for (int i = 0; i < 6; i++) batch.add(article(i, i < 5 ? SLOGAN : "سطر آخر"));
    batch.forEach(template::learn);
    CleanText clean = new NewsCleaner(template).clean("a0", batch.get(0));
    assertEquals(List.of(new Removal(3, SLOGAN, "template: the site's template, in 5 of 6 articles of this batch")),
        clean.removals());
  }

  @Test
  void keepsALineBelowTheThreshold() {
    BatchTemplate template = BatchTemplate.learning(BatchTemplate.Rule.defaults());
    for (int i = 0; i < 6; i++) template.learn(article(i, i < 4 ? SLOGAN : "سطر آخر"));
    assertEquals(4, template.count(SLOGAN));
    assertEquals(List.of(), new NewsCleaner(template).clean("a0", article(0, SLOGAN)).removals());
  }

  @Test
  void keepsAndFlagsASentenceQuotedByManyArticles() {
    BatchTemplate template = BatchTemplate.learning(BatchTemplate.Rule.defaults());
    for (int i = 0; i < 8; i++) template.learn(article(i, QUOTE));
    CleanText clean = new NewsCleaner(template).clean("a0", article(0, QUOTE));
    assertEquals(List.of(), clean.removals());
    assertEquals(List.of(new FlaggedLine(3, QUOTE,
        "a sentence found in 8 of 8 articles of this batch: quoted by several outlets or a template; kept")), clean.flags());
  }

  @Test
  void countsALineOncePerArticle() {
    BatchTemplate template = BatchTemplate.learning(BatchTemplate.Rule.defaults());
    template.learn(SLOGAN + "\n" + SLOGAN + "\n\u00A0" + SLOGAN + " ");
    template.learn(SLOGAN);
    assertEquals(2, template.count(SLOGAN));
    assertEquals(2, template.articles());
  }

  @Test
  void removesNothingMoreFromTheSeedsEvenAtTheLowestThreshold() throws IOException {
    BatchTemplate template = BatchTemplate.learning(new BatchTemplate.Rule(3, 0, 3));
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) template.learn(Files.readString(seed, StandardCharsets.UTF_8));
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      assertEquals(new NewsCleaner().clean("s", text), new NewsCleaner(template).clean("s", text), seed.toString());
    }
  }

  @Test
  void refusesAThresholdBelowThree() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BatchTemplate.Rule(2, 0.01, 10));
    assertEquals("minArticles must be at least 3, got 2", e.getMessage());
  }

  /** A headline, the line between two body sentences (so no header or footer rule applies), numbered by i. */
  private static String article(int i, String line) {
    return "اتفاق عسكري رقم " + i + "\n"
        + "ووقع النظامان السوري والإيراني، يوم الأربعاء، اتفاقا عسكريا لمساعدة الأسد في تعزيز دفاعاته الجوية، رقم " + i + ".\n"
        + line + "\n"
        + "وتخضع سوريا وإيران لعقوبات اقتصادية مشددة، ازدادت حدتها على نظام الأسد مع دخول قانون قيصر، رقم " + i + ".";
  }

  @Test
  void lineHashesAreThoseOfTheNormalisedBareLines() throws IOException {
    // lineHashes folds and hashes most lines in place; it must count what normalising, folding and trimming give
    TextNormalizer normalizer = new TextNormalizer();
    List<String> articles = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) articles.add(Files.readString(seed, StandardCharsets.UTF_8));
    }
    articles.add("«حجم الخط:» – قال\r\nجميـــل جداً\u000B  Photo_123.JPG \u2028أيضاً… “نعم”\r\r\n...\n\nﻻ ١٢:٣٠ ص\u0085ٌَ");
    for (String article : articles) {
      java.util.Set<Long> expected = new java.util.HashSet<>();
      for (String raw : article.split("\\R")) {
        String line = normalizer.normalizeFully(raw);
        if (!line.isEmpty()) expected.add(BatchTemplate.hash(LineKey.bare(line)));
      }
      assertEquals(expected, BatchTemplate.lineHashes(article));
    }
  }
}
