package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.Pair;
import org.tarjama.model.Quality;
import org.tarjama.model.SegmentId;
import org.tarjama.quality.Flags;

class CorpusExportTest {

  private static final String AR = "وتعد إيران الحليف الإقليمي الرئيسي للأسد، وقدمت له منذ بدء الثورة السورية في العام 2011 دعما سياسيا.";
  private static final String EN = "Iran is Assad's main regional ally and has given him political support since the start of"
      + " the Syrian revolution in 2011.";

  @TempDir
  Path out;

  private static Pair ok(String doc, int para, String ar, String en, String backend) {
    return Pair.ok(new SegmentId(doc, para, 1), ar, en, backend, "");
  }

  private ExportOptions.Builder jsonl() {
    return ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL));
  }

  @Test
  void failedPairIsLeftOutWithItsFailure() throws IOException {
    Pair failed = Pair.failed(new SegmentId("a", 2, 1), AR, "deepl", "", "HTTP 456: quota exceeded");
    ListSource source = new ListSource(List.of(new SourceDocument("a", Optional.empty(),
        List.of(ok("a", 1, AR, EN, "deepl"), failed))));
    ExportReport report = new CorpusExport(jsonl().build()).run(source);
    assertEquals(Map.of("failed", 1L), report.excludedByKind());
    JsonNode excluded = ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED)).get(0);
    assertEquals("a:p2s1", excluded.path("id").asText());
    assertEquals("failed", excluded.path("status").asText());
    assertEquals("HTTP 456: quota exceeded", excluded.path("failure").asText());
    assertEquals("failed: HTTP 456: quota exceeded", excluded.path("reasons").get(0).asText());
    assertEquals(2, source.passes);
  }

  @Test
  void pairsWithoutScoresAreScoredOnTheWay() throws IOException {
    ListSource source = new ListSource(List.of(new SourceDocument("a", Optional.empty(),
        List.of(ok("a", 1, AR, EN, "deepl"), ok("a", 2, "وصل باقري إلى دمشق مساء أمس الثلاثاء في زيارة رسمية.",
            "وصل باقري إلى دمشق مساء أمس الثلاثاء في زيارة رسمية.", "deepl")))));
    new CorpusExport(jsonl().build()).run(source);
    List<JsonNode> lines = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    assertEquals(1.0, lines.get(0).path("scores").path("numbers").asDouble());
    assertEquals("[\"untranslated\",\"not-english\"]", lines.get(1).path("flags").toString());
  }

  @Test
  void scoresAlreadyOnAPairAreKept() throws IOException {
    Pair scored = ok("a", 1, AR, EN, "deepl").withQuality(new Quality(Map.of("length-ratio-z", 9.5), List.of("reviewed")));
    new CorpusExport(jsonl().build()).run(new ListSource(List.of(new SourceDocument("a", Optional.empty(), List.of(scored)))));
    JsonNode line = ExportFiles.jsonl(out.resolve("corpus.jsonl")).get(0);
    assertEquals("{\"length-ratio-z\":9.5}", line.path("scores").toString());
    assertEquals("[\"reviewed\"]", line.path("flags").toString());
  }

  @Test
  void dropFlagLeavesOutTheGlossBackend() throws IOException {
    ListSource source = new ListSource(List.of(
        new SourceDocument("a", Optional.empty(), List.of(ok("a", 1, AR, EN, "gloss"))),
        new SourceDocument("b", Optional.empty(), List.of(ok("b", 1, AR.replace("2011", "2012"), EN.replace("2011", "2012"), "deepl")))));
    ExportReport report = new CorpusExport(jsonl().filters(new PairFilters(java.util.Set.of(Flags.NOT_FOR_TRAINING),
        java.util.OptionalDouble.empty(), 0)).build()).run(source);
    assertEquals(1, report.kept());
    assertEquals("flag not-for-training", ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED)).get(0).path("reasons").get(0).asText());
  }

  @Test
  void withoutDedupTheSameSentenceIsKeptTwice() throws IOException {
    ListSource source = new ListSource(List.of(
        new SourceDocument("a", Optional.empty(), List.of(ok("a", 1, AR, EN, "deepl"))),
        new SourceDocument("b", Optional.empty(), List.of(ok("b", 1, AR, EN, "deepl")))));
    assertEquals(2, new CorpusExport(jsonl().dedup(ExportOptions.Dedup.NONE).build()).run(source).kept());
    assertEquals(1, new CorpusExport(jsonl().dedup(ExportOptions.Dedup.EXACT).build()).run(source).kept());
  }

  @Test
  void tsvHasMetadataAndAColumnPerScore() throws IOException {
    new CorpusExport(ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.TSV)).build())
        .run(new ListSource(List.of(new SourceDocument("a", Optional.empty(), List.of(ok("a", 1, AR, "Iran\tis\nAssad's ally since 2011.", "deepl"))))));
    List<String> lines = ExportFiles.lines(out.resolve("corpus.tsv"));
    assertEquals(TsvEntryWriter.FIXED_HEADER + "\tscore:arabic-share\tscore:english-words\tscore:latin-share"
        + "\tscore:length-ratio\tscore:length-ratio-z\tscore:numbers\tscore:repetition", lines.get(0));
    String[] row = lines.get(1).split("\t", -1);
    assertEquals(16, row.length);
    assertEquals("a:p1s1", row[0]);
    assertEquals("Iran is Assad's ally since 2011.", row[3]);
    assertEquals("1", row[6]);
    assertEquals("length-ratio", row[8]);
  }

  @Test
  void unknownRunFolderIsNamedInTheError() {
    IOException e = assertThrows(IOException.class, () -> new CorpusExport(jsonl().build()).run(new RunFolderSource(out.resolve("nowhere"))));
    assertTrue(e.getMessage().contains("nowhere is not a run folder: it has no pairs.jsonl"), e.getMessage());
  }

  @Test
  void sparkJobsPartFilesAreReadInNameOrderLikePairsJsonl() throws IOException {
    Path job = Files.createDirectories(out.resolve("job"));
    Path pairs = Files.createDirectories(job.resolve(RunFolderSource.SPARK_PAIRS));
    Files.writeString(pairs.resolve("part-00001"), PairJson.toLine(ok("b", 1, AR, EN, "deepl")) + "\n");
    Files.writeString(pairs.resolve("part-00000"), PairJson.toLine(ok("a", 1, AR, EN, "deepl")) + "\n"
        + PairJson.toLine(ok("a", 2, "قال الوزير إن الاتفاق سيوقع غدا.", "The minister said the deal will be signed tomorrow.", "deepl")) + "\n");
    Files.writeString(pairs.resolve("_SUCCESS"), "");
    Files.writeString(pairs.resolve(".part-00000.crc"), "not a pair");
    List<String> docs = new java.util.ArrayList<>();
    for (Path folder : List.of(job, pairs)) {
      docs.clear();
      new RunFolderSource(folder).forEachDocument(d -> docs.add(d.id() + ":" + d.pairs().size()));
      assertEquals(List.of("a:2", "b:1"), docs, folder.toString());
    }
    ExportReport report = new CorpusExport(jsonl().build()).run(new RunFolderSource(job));
    assertEquals(3, report.pairs());
    assertEquals(1, report.excluded(), "b repeats a's first sentence");
  }

  @Test
  void brokenPairsLineIsNamedWithItsLineNumber() throws IOException {
    Path runFolder = Files.createDirectories(out.resolve("run"));
    Files.writeString(runFolder.resolve(OutputSet.PAIRS), PairJson.toJson(ok("a", 1, AR, EN, "deepl")) + "\n{\"id\": 3\n");
    IOException e = assertThrows(IOException.class, () -> new CorpusExport(jsonl().build()).run(new RunFolderSource(runFolder)));
    assertTrue(e.getMessage().contains("pairs.jsonl:2: not a pair"), e.getMessage());
  }

  @Test
  void pairsBytesThatAreNotUtf8AreNamedWithTheirLineNotTheDecodersWords() throws IOException {
    Path runFolder = Files.createDirectories(out.resolve("damaged"));
    StringBuilder good = new StringBuilder();
    for (int i = 1; i <= 300; i++) good.append(PairJson.toLine(ok("a", i, AR, EN, "deepl"))).append('\n');
    byte[] head = good.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = (PairJson.toLine(ok("a", 301, AR, EN, "deepl")) + "\n").getBytes(StandardCharsets.UTF_8);
    bad[10] = (byte) 0xFF;
    byte[] all = Arrays.copyOf(head, head.length + bad.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(runFolder.resolve(OutputSet.PAIRS), all);

    IOException e = assertThrows(IOException.class, () -> new CorpusExport(jsonl().build()).run(new RunFolderSource(runFolder)));
    assertTrue(e.getMessage().contains("pairs.jsonl:301: not UTF-8 text (a damaged or binary file)"), e.getMessage());
  }

  @Test
  void parquetPartFilesAreNamedAsSuchNotReadAsBrokenText() throws IOException {
    Path pairs = Files.createDirectories(out.resolve("parquet-job").resolve(RunFolderSource.SPARK_PAIRS));
    Files.write(pairs.resolve("part-00000-1b2c.snappy.parquet"), new byte[] {'P', 'A', 'R', '1', (byte) 0xFF, 0, 'P', 'A', 'R', '1'});
    Files.writeString(pairs.resolve("_SUCCESS"), "");

    IOException e = assertThrows(IOException.class,
        () -> new CorpusExport(jsonl().build()).run(new RunFolderSource(pairs.getParent())));
    assertTrue(e.getMessage().contains("holds Parquet part files (the Spark job's --parquet)"), e.getMessage());
  }

  @Test
  void splitPartNamedLikeTheSideFileIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> jsonl().split(Optional.of(SplitSpec.parse("train=0.9,excluded=0.1"))).build());
    assertEquals("'excluded' names a file the export writes itself; choose another name", e.getMessage());
  }

  @Test
  void theInputsMetadataTravelsToEveryExportedRowAndIsNullWhereThereWasNone() throws IOException {
    Path job = Files.createDirectories(out.resolve("job").resolve(RunFolderSource.SPARK_PAIRS));
    // the Spark job's part files: no article files, the metadata only on the pairs lines
    Map<String, String> meta = Map.of("url", "https://example.com/a?x=1&y=<2>", "date", "2020-07-09");
    Files.writeString(job.resolve("part-00000"), PairJson.toLine(ok("a", 1, AR, EN, "deepl"), meta) + "\n"
        + PairJson.toLine(ok("b", 1, AR, EN, "deepl")) + "\n"
        + PairJson.toLine(ok("c", 1, "قال الوزير إن الاتفاق سيوقع غدا.", "The minister said the deal will be signed tomorrow.",
            "deepl")) + "\n");
    Path folder = out.resolve("export");
    new CorpusExport(ExportOptions.builder(folder).formats(EnumSet.of(ExportFormat.JSONL)).build())
        .run(new RunFolderSource(job.getParent()));
    JsonNode kept = ExportFiles.jsonl(folder.resolve("corpus.jsonl")).get(0);
    assertEquals("a:p1s1", kept.path("id").asText());
    assertEquals("https://example.com/a?x=1&y=<2>", kept.path("meta").path("url").asText());
    assertEquals("2020-07-09", kept.path("meta").path("date").asText());
    assertTrue(ExportFiles.jsonl(folder.resolve("corpus.jsonl")).get(1).path("meta").isNull(), "c had no metadata");
    JsonNode duplicate = ExportFiles.jsonl(folder.resolve(CorpusExport.EXCLUDED)).get(0);
    assertEquals("b:p1s1", duplicate.path("id").asText());
    assertTrue(duplicate.has("meta") && duplicate.path("meta").isNull(), "an excluded row has the same keys");
  }
}
