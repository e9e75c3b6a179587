package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjama.FuzzInputs;
import org.tarjama.clean.CleanText;
import org.tarjama.clean.NewsCleaner;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.PairStatus;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Quality;
import org.tarjama.model.Repair;
import org.tarjama.model.Segment;
import org.tarjama.segment.ArabicSegmenter;

/** Every output format reads back exactly what was written, whatever the text (line formats flatten breaks and tabs). */
class OutputFormatPropertiesTest {

  private static final NewsCleaner CLEANER = new NewsCleaner();
  private static final ArabicSegmenter SEGMENTER = new ArabicSegmenter();

  /** An article of a mutated seed with its pairs: random English, failures, scores and flags. */
  record Written(Article article, List<Pair> pairs) {
  }

  @Provide
  Arbitrary<Written> articles() {
    Arbitrary<String> id = Arbitraries.strings().withChars("abzAZ09._-بتث").ofMinLength(1).ofMaxLength(20);
    Arbitrary<Quality> quality = Combinators.combine(
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.doubles().between(-1e6, 1e6)).ofMaxSize(3),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).list().ofMaxSize(3)).as(Quality::new);
    Arbitrary<List<Object[]>> replies = Combinators.combine(FuzzInputs.arabicText(), Arbitraries.integers().between(0, 4),
        quality).as((en, status, q) -> new Object[] {en, status, q}).list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<List<Repair>> repairs = Combinators.combine(Arbitraries.integers().between(1, 999),
        Arbitraries.longs().between(0, 1L << 40), FuzzInputs.arabicText()).as(Repair::new).list().ofMaxSize(3);
    return Combinators.combine(id, FuzzInputs.mutatedSeedText(), replies, repairs).as((doc, text, rs, rep) -> {
      CleanText clean = CLEANER.clean(doc, text);
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraph p : clean.paragraphs()) paragraphs.add(p.withSegments(SEGMENTER.segments(doc, p, 80)));
      Article article = new Article(doc, "in/" + doc + ".txt", "UTF-8", paragraphs, clean.removals(), clean.flags(), rep);
      List<Pair> pairs = new ArrayList<>();
      int i = 0;
      for (Segment s : article.segments()) {
        Object[] r = rs.get(i++ % rs.size());
        Pair pair = (int) r[1] == 0
            ? Pair.failed(s.id(), s.text(), "pseudo", "m", "failed: " + r[0] + "x")
            : Pair.ok(s.id(), s.text(), (String) r[0], "pseudo", "");
        pairs.add(pair.withQuality((Quality) r[2]));
      }
      return new Written(article, pairs);
    });
  }

  private static String wellFormed(String text) {
    // what any UTF-8 file holds: a lone surrogate cannot be encoded and becomes '?'
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Property
  void everyFormatReadsBackWhatWasWritten(@ForAll("articles") Written written) throws Exception {
    Path out = Files.createTempDirectory("tarjama-formats");
    try {
      writesAndReadsBack(written, out);
    } finally {
      try (var files = Files.walk(out)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }

  private static void writesAndReadsBack(Written written, Path out) throws Exception {
    try (OutputSet set = OutputSet.open(out, "test")) {
      set.write(written.article(), written.pairs());
      set.commit();
    }
    List<Pair> ok = written.pairs().stream().filter(Pair::isOk).toList();

    List<Pair> jsonl = Files.readAllLines(out.resolve(OutputSet.PAIRS)).stream().map(PairJson::parseLine).toList();
    assertEquals(written.pairs().stream().map(p -> new Pair(p.id(), wellFormed(p.ar()), wellFormed(p.en()), p.backend(),
        p.model(), p.status(), wellFormed(p.reason()), p.quality())).toList(), jsonl);

    assertEquals(ok.stream().map(p -> wellFormed(Lines.flatten(p.ar()))).toList(), Files.readAllLines(out.resolve(OutputSet.MOSES_AR)));
    assertEquals(ok.stream().map(p -> wellFormed(Lines.flatten(p.en()))).toList(), Files.readAllLines(out.resolve(OutputSet.MOSES_EN)));

    List<String> tsv = new ArrayList<>();
    tsv.add(TsvWriter.HEADER);
    ok.forEach(p -> tsv.add(Lines.tsvField(p.id().toString()) + "\t" + wellFormed(Lines.tsvField(p.ar())) + "\t"
        + wellFormed(Lines.tsvField(p.en()))));
    assertEquals(tsv, Files.readAllLines(out.resolve(OutputSet.TSV)));

    List<TmxUnit> units = new ArrayList<>();
    TmxReader.read(out.resolve(OutputSet.TMX), units::add);
    assertEquals(ok.stream().map(p -> Map.of("ar", XmlText.legal(p.ar()), "en", XmlText.legal(p.en()))).toList(),
        units.stream().map(TmxUnit::variants).toList());
    assertEquals(ok.stream().map(p -> p.id().toString()).toList(), units.stream().map(TmxUnit::tuid).toList());

    Article article = written.article();
    Article back = ArticleJson.read(out.resolve(OutputSet.ARTICLES).resolve(ArticleJson.fileName(article.id())));
    assertEquals(article.withParagraphs(article.paragraphs()), back);
  }
}
