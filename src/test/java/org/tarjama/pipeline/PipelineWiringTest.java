package org.tarjama.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.ArticleJson;
import org.tarjama.export.OutputSet;
import org.tarjama.export.PairJson;
import org.tarjama.io.ArticleReader;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Segment;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.SequentialEngine;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.pseudo.PseudoTranslator;

class PipelineWiringTest {

  @TempDir
  Path dir;

  /** Pseudo-translation with at most 60 characters an item, like a backend with a per-item limit. */
  static final class ShortItems implements Translator {
    final java.util.List<String> seen = new java.util.ArrayList<>();

    @Override
    public String name() {
      return "short";
    }

    @Override
    public String model() {
      return "";
    }

    @Override
    public BatchLimits limits() {
      return new BatchLimits(10, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED, 60);
    }

    @Override
    public List<String> translate(List<TranslationItem> batch) {
      batch.forEach(i -> seen.add(i.text()));
      return batch.stream().map(i -> PseudoTranslator.forward(i.text())).toList();
    }
  }

  @Test
  void sentenceLongerThanTheBackendsItemLimitIsSentInPiecesAndWrittenWhole() throws Exception {
    String sentence = "وقع النظام السوري اتفاقية شاملة للتعاون العسكري مع إيران؛ وشملت الاتفاقية تقوية أنظمة الدفاع الجوي،"
        + " وفق ما أفاد التلفزيون الرسمي الإيراني.";
    Path in = dir.resolve("long.txt");
    Files.writeString(in, sentence);
    ShortItems backend = new ShortItems();
    new Pipeline(Stages.defaults(), RunListener.NONE).translate(List.of(in.toString()), dir.resolve("out"), backend,
        new SequentialEngine(backend));

    assertTrue(backend.seen.size() > 1, "sent in pieces: " + backend.seen);
    assertTrue(backend.seen.stream().allMatch(t -> t.length() <= 60), backend.seen.toString());
    List<Pair> pairs = Files.readAllLines(dir.resolve("out").resolve(OutputSet.PAIRS)).stream().map(PairJson::parseLine).toList();
    assertEquals(1, pairs.size());
    assertEquals("long:p1s1", pairs.get(0).id().toString());
    assertEquals(sentence, pairs.get(0).ar());
    assertEquals(sentence, PseudoTranslator.reverse(pairs.get(0).en().replace(" " + PseudoTranslator.PREFIX, " ")));
    Article article = ArticleJson.read(dir.resolve("out/articles/long.json"));
    assertEquals(backend.seen, article.segments().stream().map(Segment::text).toList());
    assertTrue(article.segments().stream().allMatch(s -> s.id().piece() > 0));
  }

  @Test
  void standardInputIsReadOnceAlthoughTheBatchIsReadTwice() throws Exception {
    byte[] stdin = "وقع النظام اتفاقية.\nقال الأسد.".getBytes(StandardCharsets.UTF_8);
    PseudoTranslator pseudo = new PseudoTranslator();
    RunReport report = new Pipeline(Stages.defaults().withReader(new ArticleReader(new ByteArrayInputStream(stdin))),
        RunListener.NONE).translate(List.of("-"), dir.resolve("out"), pseudo, new SequentialEngine(pseudo));
    assertEquals(2, report.counts().segments());
    assertEquals(List.of("وقع النظام اتفاقية.", "قال الأسد."), Files.readAllLines(dir.resolve("out").resolve(OutputSet.MOSES_AR)));
  }

  @Test
  void linesTheCleanerKeepsButFlagsAreWrittenToTheArticleFile() throws Exception {
    Path seeds = Path.of("seeds/004_2fc5d2ec209e6642.txt");
    PseudoTranslator pseudo = new PseudoTranslator();
    new Pipeline(Stages.defaults(), RunListener.NONE).translate(List.of(seeds.toString()), dir.resolve("out"), pseudo,
        new SequentialEngine(pseudo));
    Article article = ArticleJson.read(dir.resolve("out/articles/004_2fc5d2ec209e6642.json"));
    assertEquals(List.of(7), article.flagged().stream().map(f -> f.line()).toList());
    assertEquals("قمة عسكرية ايرانية سورية", article.flagged().get(0).text());
  }
}
