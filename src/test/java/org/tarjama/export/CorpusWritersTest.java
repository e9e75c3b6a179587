package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Quality;
import org.tarjama.model.Removal;
import org.tarjama.model.Segment;
import org.tarjama.model.SegmentId;
import org.tarjama.model.Span;

class CorpusWritersTest {

  @TempDir
  Path dir;

  private static final SegmentId S1 = new SegmentId("002_ed", 1, 1);
  private static final SegmentId S2 = new SegmentId("002_ed", 1, 2, 1);
  private static final SegmentId S3 = new SegmentId("002_ed", 2, 1);

  private static Article article() {
    String p1 = "قال «باقري» إن <الدفاع> & الأمن.\tثم غادر.";
    Paragraph one = new Paragraph(1, 3, p1, List.of(
        new Segment(S1, "قال «باقري» إن <الدفاع> & الأمن.", new Span(0, 32)),
        new Segment(S2, "ثم غادر.", new Span(33, 41))));
    Paragraph two = new Paragraph(2, 5, "فشل هنا", List.of(new Segment(S3, "فشل هنا", new Span(0, 7))));
    return new Article("002_ed", "seeds/002_ed.txt", "UTF-8", List.of(one, two),
        List.of(new Removal(1, "Exit mobile version", "site widget")));
  }

  private static List<Pair> pairs() {
    return List.of(
        Pair.ok(S1, "قال «باقري» إن <الدفاع> & الأمن.", "Bagheri said \"defence\" <& security>.", "fake", "m1")
            .withQuality(new Quality(Map.of("length_ratio_z", 0.25), List.of("numbers"))),
        Pair.ok(S2, "ثم غادر.", "Then\the\nleft.\u0001", "fake", "m1"),
        Pair.failed(S3, "فشل هنا", "fake", "m1", "fake: HTTP 500"));
  }

  private Path writeAll() throws Exception {
    Path out = dir.resolve("out");
    try (OutputSet set = OutputSet.open(out, "9.9")) {
      set.write(article(), pairs());
      set.commit();
    }
    return out;
  }

  @Test
  void pairsJsonlRoundTripsEveryPairIncludingFailures() throws Exception {
    Path out = writeAll();
    List<String> lines = Files.readAllLines(out.resolve(OutputSet.PAIRS));
    assertEquals(3, lines.size());
    assertEquals(pairs(), lines.stream().map(PairJson::parseLine).toList());
    assertTrue(lines.get(2).contains("\"status\":\"failed\""), lines.get(2));
    assertTrue(lines.get(2).contains("\"en\":\"\""), "a failed pair carries no translation: " + lines.get(2));
  }

  @Test
  void tmxRoundTripsTranslatedPairsWithTheirProps() throws Exception {
    Path out = writeAll();
    List<TmxUnit> units = new ArrayList<>();
    TmxReader.read(out.resolve(OutputSet.TMX), units::add);
    assertEquals(2, units.size());
    TmxUnit first = units.get(0);
    assertEquals(S1.toString(), first.tuid());
    assertEquals("قال «باقري» إن <الدفاع> & الأمن.", first.text("ar").orElseThrow());
    assertEquals("Bagheri said \"defence\" <& security>.", first.text("en").orElseThrow());
    assertEquals(Map.of("x-doc", "002_ed", "x-segment-id", S1.toString(), "x-backend", "fake", "x-model", "m1",
        "x-score-length_ratio_z", "0.25", "x-flags", "numbers"), first.props());
    assertEquals("Then\the\nleft.\uFFFD", units.get(1).text("en").orElseThrow(), "control characters are made legal XML");
    DtdValidation.assertValidTmx(out.resolve(OutputSet.TMX));
  }

  @Test
  void mosesAndTsvHoldOneTranslatedPairPerLineWithoutTabsOrBreaks() throws Exception {
    Path out = writeAll();
    List<String> ar = Files.readAllLines(out.resolve(OutputSet.MOSES_AR));
    List<String> en = Files.readAllLines(out.resolve(OutputSet.MOSES_EN));
    assertEquals(List.of("قال «باقري» إن <الدفاع> & الأمن.", "ثم غادر."), ar);
    assertEquals(List.of("Bagheri said \"defence\" <& security>.", "Then he left.\u0001"), en);
    List<String> tsv = Files.readAllLines(out.resolve(OutputSet.TSV));
    assertEquals(TsvWriter.HEADER, tsv.get(0));
    assertEquals(S2 + "\tثم غادر.\tThen he left.\u0001", tsv.get(2));
    assertEquals(3, tsv.size());
    for (String line : tsv.subList(1, tsv.size())) assertEquals(3, line.split("\t", -1).length, line);
  }

  @Test
  void articleJsonRoundTripsParagraphsSegmentsAndRemovals() throws Exception {
    Path out = writeAll();
    Article back = ArticleJson.read(out.resolve(OutputSet.ARTICLES).resolve("002_ed.json"));
    assertEquals(article(), back);
  }

  @Test
  void nothingButFinalFilesRemainAfterCommit() throws Exception {
    Path out = writeAll();
    try (Stream<Path> files = Files.walk(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void closingWithoutCommitKeepsThePreviousCompleteOutput() throws Exception {
    Path out = writeAll();
    byte[] before = Files.readAllBytes(out.resolve(OutputSet.PAIRS));
    try (OutputSet set = OutputSet.open(out, "9.9")) {
      set.write(article(), pairs().subList(0, 1));
    }
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out.resolve(OutputSet.PAIRS)));
    try (Stream<Path> files = Files.walk(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void outputFilesAreReadableByOthersLikeAnyFileTheUserWrites() throws Exception {
    Path out = writeAll();
    Path reference = Files.createFile(dir.resolve("reference"));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out.resolve(OutputSet.PAIRS)));
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out.resolve("articles/002_ed.json")));
  }

  @Test
  void articleFileNamesAreSafe() {
    assertEquals("a_b_c.json", ArticleJson.fileName("a/b:c"));
  }
}
