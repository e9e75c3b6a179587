package org.tarjama.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.ArticleJson;
import org.tarjama.export.OutputSet;
import org.tarjama.export.PairJson;
import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.SequentialEngine;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.pseudo.PseudoTranslator;

class PipelineTest {

  @TempDir
  Path dir;

  /** Fails every batch that holds a segment containing the word "إيران". */
  static final class RefusingTranslator implements Translator {
    @Override
    public String name() {
      return "refusing";
    }

    @Override
    public String model() {
      return "";
    }

    @Override
    public BatchLimits limits() {
      return BatchLimits.items(1);
    }

    @Override
    public List<String> translate(List<TranslationItem> batch) throws BackendException {
      if (batch.get(0).text().contains("إيران")) {
        throw new BackendException.Permanent("refusing", "HTTP 400 text rejected", false);
      }
      return batch.stream().map(i -> "EN " + i.key()).toList();
    }
  }

  private Path badInputFolder() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("a_empty.txt"), new byte[0]);
    Files.write(in.resolve("b_binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(in.resolve("c_cp1256.txt"), "وقع النظام السوري اتفاقية عسكرية.\nقال الأسد.".getBytes(Charset.forName("windows-1256")));
    Files.write(in.resolve("d_utf16.txt"), "ونقلت وكالة فارس الخبر.".getBytes(StandardCharsets.UTF_16));
    return in;
  }

  @Test
  void badInputsAreSkippedAndReportedWhileTheOthersTranslate() throws Exception {
    Path in = badInputFolder();
    Path out = dir.resolve("out");
    List<Skipped> heard = new ArrayList<>();
    PseudoTranslator pseudo = new PseudoTranslator();
    RunReport report = new Pipeline(Stages.defaults(), new RunListener() {
      @Override
      public void skipped(Skipped skipped) {
        heard.add(skipped);
      }
    }).translate(List.of(in.toString()), out, pseudo, new SequentialEngine(pseudo));

    assertEquals(List.of(in.resolve("a_empty.txt").toString(), in.resolve("b_binary.txt").toString()),
        report.skipped().stream().map(Skipped::source).toList());
    assertEquals(report.skipped(), heard);
    assertTrue(report.skipped().get(1).reason().startsWith("binary file"), report.skipped().get(1).reason());
    assertTrue(report.hasFailures());
    List<Pair> pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS)).stream().map(PairJson::parseLine).toList();
    assertEquals(List.of("c_cp1256", "c_cp1256", "d_utf16"), pairs.stream().map(p -> p.id().doc()).toList());
    assertEquals("ونقلت وكالة فارس الخبر.", PseudoTranslator.reverse(pairs.get(2).en()));

    RunReport onDisk = RunReportJson.read(out.resolve(OutputSet.RUN));
    assertEquals(report.skipped(), onDisk.skipped());
    assertEquals(new Counts(2, 3, 3, 0, 3, 0, 2), onDisk.counts());
    assertEquals("windows-1256", ArticleJson.read(out.resolve("articles/c_cp1256.json")).encoding());
    assertEquals("UTF-16BE", ArticleJson.read(out.resolve("articles/d_utf16.json")).encoding());
  }

  @Test
  void failedSegmentsAreMarkedFailedNeverFilledWithTheSource() throws Exception {
    Path in = dir.resolve("one.txt");
    Files.writeString(in, "وقع النظام اتفاقية. وصلت إيران إلى دمشق. ثم انتهى اللقاء.");
    RefusingTranslator refusing = new RefusingTranslator();
    RunReport report = new Pipeline(Stages.defaults(), RunListener.NONE)
        .translate(List.of(in.toString()), dir.resolve("out"), refusing, new SequentialEngine(refusing));

    List<Pair> pairs = Files.readAllLines(dir.resolve("out").resolve(OutputSet.PAIRS)).stream()
        .map(PairJson::parseLine).toList();
    assertEquals(3, pairs.size());
    assertEquals("EN one:p1s1", pairs.get(0).en());
    assertEquals("", pairs.get(1).en());
    assertEquals("refusing: HTTP 400 text rejected", pairs.get(1).reason());
    assertEquals(1, report.counts().failures());
    assertTrue(report.hasFailures());
    assertEquals(List.of("وقع النظام اتفاقية.", "ثم انتهى اللقاء."),
        Files.readAllLines(dir.resolve("out").resolve(OutputSet.MOSES_AR)), "corpus files hold translated pairs only");
  }

  @Test
  void anArticleThatIsAllBoilerplateIsSkippedWithEveryRemovedLineAndItsReason() throws Exception {
    Path in = dir.resolve("widgets.txt");
    Files.writeString(in, "Exit mobile version\n18:57\n");
    PseudoTranslator pseudo = new PseudoTranslator();
    RunReport report = new Pipeline(Stages.defaults(), RunListener.NONE)
        .translate(List.of(in.toString()), dir.resolve("out"), pseudo, new SequentialEngine(pseudo));
    assertEquals(1, report.skipped().size());
    String reason = report.skipped().get(0).reason();
    assertTrue(reason.startsWith("nothing left to translate after cleaning"), reason);
    assertTrue(reason.contains("line 1 (") && reason.contains("line 2 (time:"), reason);
  }

  @Test
  void theReviewPageWrittenDuringTheRunIsThePageTheRunFolderGives() throws Exception {
    Path in = badInputFolder();
    // a stray byte (a repair), metadata from JSONL and HTML, removed lines, an article with nothing left
    Files.write(in.resolve("e_stray.txt"), concat("وقع النظام اتفاقية.\n".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xA0}, "\nوصلت إيران إلى دمشق.\nExit mobile version\n".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(in.resolve("f_dump.jsonl"), "{\"id\":\"j1\",\"title\":\"عنوان\",\"text\":\"قال الأسد إن الاتفاق مهم.\","
        + "\"url\":\"https://example.com/<a>&b\",\"date\":\"2020-07-09\"}\n");
    Files.writeString(in.resolve("g_page.html"), "<html><head><title>خبر</title></head><body><article><p>ونقلت وكالة فارس"
        + " الخبر.</p></article></body></html>");
    Files.writeString(in.resolve("h_boilerplate.txt"), "Exit mobile version\n18:57\n");
    Files.copy(Path.of("seeds").resolve(Files.list(Path.of("seeds")).sorted().findFirst().orElseThrow().getFileName()),
        in.resolve("i_seed.txt"));
    Path out = dir.resolve("out");
    PseudoTranslator pseudo = new PseudoTranslator();
    new Pipeline(Stages.defaults(), RunListener.NONE).translate(List.of(in.toString()), out, pseudo,
        new SequentialEngine(pseudo));

    Path fromFolder = dir.resolve("from-folder.html");
    org.tarjama.review.ReviewPage.write(new org.tarjama.export.RunFolderSource(out), fromFolder);
    String written = Files.readString(out.resolve("review.html"));
    assertEquals(Files.readString(fromFolder), written);
    assertTrue(written.contains("repaired while reading") && written.contains("https://example.com/&lt;a&gt;&amp;b")
        && written.contains("Exit mobile version"), "the page has the repairs, metadata and removed lines");
    try (var left = Files.list(out)) {
      assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file is left");
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) all.writeBytes(part);
    return all.toByteArray();
  }
  @Test
  void aFolderARunCreatedAndCouldNotFinishIsNotLeftBehind() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "وقع النظام السوري اتفاقية عسكرية.\nقال الأسد إن الاتفاق مهم.");
    Path out = dir.resolve("out");
    PseudoTranslator pseudo = new PseudoTranslator();
    RunListener diskFull = new RunListener() {
      @Override
      public void articleWritten(Article article, List<Pair> pairs) {
        throw new UncheckedIOException(new IOException("No space left on device"));
      }
    };

    assertThrows(UncheckedIOException.class, () -> new Pipeline(Stages.defaults(), diskFull)
        .translate(List.of(in.toString()), out, pseudo, new SequentialEngine(pseudo)));

    assertFalse(Files.exists(out), "no empty folder, lock or articles/ and en/ left");
  }

  @Test
  void onlyEmptyFoldersAndAnEmptiedLockAreRemovedFromAFolderLeftWithNothingWritten() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("en/news/2024"));
    Files.createDirectories(out.resolve(OutputSet.ARTICLES));
    Files.write(out.resolve(".tarjama.lock"), new byte[0]);
    Pipeline.removeIfNothingWritten(out);
    assertFalse(Files.exists(out));

    // another run has taken the folder since: its lock (which names it) and its files stay
    Files.createDirectories(out.resolve("en/news"));
    Files.writeString(out.resolve(".tarjama.lock"), "{\"command\":\"tarjama translate b --out out\"}\n");
    Files.writeString(out.resolve("en/news/x.txt"), "text");
    Files.createDirectories(out.resolve(OutputSet.ARTICLES));
    Pipeline.removeIfNothingWritten(out);
    assertTrue(Files.exists(out.resolve(".tarjama.lock")));
    assertTrue(Files.exists(out.resolve("en/news/x.txt")));
    assertFalse(Files.exists(out.resolve(OutputSet.ARTICLES)), "an empty folder goes");
  }
}
