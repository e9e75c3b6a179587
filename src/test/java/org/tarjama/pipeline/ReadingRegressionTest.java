package org.tarjama.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.ArticleJson;
import org.tarjama.export.OutputSet;
import org.tarjama.io.ArticleReader;
import org.tarjama.io.InputLimits;
import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Repair;
import org.tarjama.translate.SequentialEngine;
import org.tarjama.translate.pseudo.PseudoTranslator;

/** Regressions of issue 9: a damaged UTF-8 file is read as UTF-8 and cleaned like the good one; huge inputs are skipped. */
class ReadingRegressionTest {

  private static final Path SEED = Path.of("seeds/000_91a9c68b0668d241.txt");

  @TempDir
  Path dir;

  private static List<String> paragraphs(Path file) {
    Iterator<Article> articles = new Pipeline(Stages.defaults(), RunListener.NONE).articles(List.of(file.toString()), s -> {
      throw new AssertionError(s.toString());
    });
    return articles.next().paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void strayByteKeepsEveryParagraphTheCleanerKeepsForTheGoodFile() throws Exception {
    byte[] good = Files.readAllBytes(SEED);
    int at = good.length / 2;
    while ((good[at] & 0xC0) == 0x80) at++; // between two characters
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, at);
    bad[at] = (byte) 0xA0;
    System.arraycopy(good, at, bad, at + 1, good.length - at);
    Path damaged = Files.write(dir.resolve("damaged.txt"), bad);

    List<String> expected = paragraphs(SEED);
    List<String> got = paragraphs(damaged);
    // read as Windows-1256, "ة" (D8 A9) turned into "ط©" and paragraphs went as copyright lines
    assertEquals(expected.size(), got.size(), got.toString());
    assertEquals(expected.stream().filter(p -> !got.contains(p)).count(), 1L, "only the paragraph with the stray byte differs");
    assertTrue(got.stream().anyMatch(p -> p.contains("\uFFFD")));
  }

  @Test
  void truncatedDownloadKeepsItsParagraphsAndReportsTheCutCharacter() throws Exception {
    byte[] good = Files.readAllBytes(SEED);
    int lastLead = good.length - 1;
    while ((good[lastLead] & 0xC0) != 0xC0) lastLead--; // the first byte of the last multi-byte character
    Path cut = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(good, lastLead + 1));
    List<String> expected = paragraphs(SEED);
    List<String> got = paragraphs(cut);
    assertEquals(expected.subList(0, expected.size() - 1), got.subList(0, got.size() - 1));
  }

  @Test
  void inputOverTheLimitsIsSkippedWithItsReasonAndTheRestOfTheBatchIsWritten() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SEED, in.resolve("good.txt"));
    Files.writeString(in.resolve("long-line.txt"), "قال الرئيس ".repeat(2_000)); // one 22,000-character line
    Files.write(in.resolve("large.txt"), new byte[50_001]);
    List<Skipped> skipped = new ArrayList<>();
    PseudoTranslator pseudo = new PseudoTranslator();
    Stages small = Stages.defaults().withReader(new ArticleReader(new ByteArrayInputStream(new byte[0]),
        new InputLimits(50_000, 10_000)));
    Path out = dir.resolve("out");
    RunReport report = new Pipeline(small, new RunListener() {
      @Override
      public void skipped(Skipped s) {
        skipped.add(s);
      }
    }).translate(List.of(in.toString()), out, pseudo, new SequentialEngine(pseudo));

    assertEquals(List.of(
        new Skipped(in.resolve("large.txt").toString(),
            "file too large: 50001 bytes, over the limit of 50000 bytes for one article; split it into articles (one file each)"),
        new Skipped(in.resolve("long-line.txt").toString(), "line 1 is 22000 characters long, over the limit of 10000 for one"
            + " paragraph; put line breaks between its paragraphs")), skipped);
    assertEquals(1, report.counts().articles());
    assertTrue(Files.isRegularFile(out.resolve(OutputSet.ARTICLES).resolve("good.json")));
  }

  @Test
  void repairsAreInRunJsonAndTheArticleFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] first = "قال الرئيس إن القوات ستبقى.\n".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "وأضاف أن المحادثات مستمرة.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[first.length + 1 + rest.length];
    System.arraycopy(first, 0, bytes, 0, first.length);
    bytes[first.length] = 0;
    System.arraycopy(rest, 0, bytes, first.length + 1, rest.length);
    Files.write(in.resolve("nul.txt"), bytes);
    PseudoTranslator pseudo = new PseudoTranslator();
    List<RepairedInput> heard = new ArrayList<>();
    Path out = dir.resolve("out");
    RunReport report = new Pipeline(Stages.defaults(), new RunListener() {
      @Override
      public void repaired(RepairedInput r) {
        heard.add(r);
      }
    }).translate(List.of(in.toString()), out, pseudo, new SequentialEngine(pseudo));

    List<Repair> repairs = List.of(new Repair(2, first.length, "1 NUL byte removed"));
    RepairedInput expected = new RepairedInput("nul", in.resolve("nul.txt").toString(), repairs);
    assertEquals(List.of(expected), heard);
    assertEquals(List.of(expected), RunReportJson.read(out.resolve(OutputSet.RUN)).repaired());
    assertEquals(repairs, ArticleJson.read(out.resolve("articles/nul.json")).repairs());
    assertTrue(report.hasFailures(), "a repaired input makes the run exit 1");
    assertEquals(2, report.counts().segments());
  }
}
