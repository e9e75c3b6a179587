package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.quality.Flags;

/** The acceptance checks of the export, on a pseudo-backend run of the five seed articles. */
class CorpusExportSeedsTest {

  private static final String QUOTATION = DedupKey.of("أن حل أي من مشاكلها الأمنية هو عبر التفاوض والتفاهم مع الجانب السوري");

  @TempDir
  static Path temp;
  static Path run;
  static List<JsonNode> runPairs;

  @BeforeAll
  static void translateSeeds() throws IOException {
    run = SeedRun.into(temp.resolve("run"));
    runPairs = ExportFiles.jsonl(run.resolve(OutputSet.PAIRS));
  }

  private static ExportReport export(Path out, ExportOptions.Builder options) throws IOException {
    return new CorpusExport(options.build()).run(new RunFolderSource(run));
  }

  @Test
  void allFourFormatsAreWrittenAndReadable() throws IOException, InterruptedException {
    Path out = temp.resolve("all-formats");
    ExportReport report = export(out, ExportOptions.builder(out));
    long kept = report.kept();
    assertEquals(List.of(), ExportFiles.lines(out.resolve("corpus.ar")).stream().filter(String::isBlank).toList());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.ar")).size());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.en")).size());
    assertEquals(kept, ExportFiles.lines(out.resolve("corpus.ids")).size());
    assertEquals(kept + 1, ExportFiles.lines(out.resolve("corpus.tsv")).size());
    List<JsonNode> jsonl = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    assertEquals(kept, jsonl.size());
    for (JsonNode line : jsonl) {
      assertTrue(line.path("translation").path("ar").isTextual() && line.path("translation").path("en").isTextual(), line.toString());
      assertEquals("pseudo", line.path("backend").asText());
      assertTrue(line.path("flags").toString().contains(Flags.NOT_FOR_TRAINING), line.toString());
      assertTrue(line.path("scores").has("length-ratio-z"), line.toString());
    }
    assertEquals(ExportFiles.ids(jsonl), ExportFiles.lines(out.resolve("corpus.ids")));
    List<String> tuids = new ArrayList<>();
    TmxReader.read(out.resolve("corpus.tmx"), unit -> tuids.add(unit.tuid()));
    assertEquals(ExportFiles.ids(jsonl), tuids);
    DtdValidation.assertValidTmx(out.resolve("corpus.tmx"));
  }

  @Test
  void repeatedQuotationCollapsesIntoOnePairWithItsCount() throws IOException {
    Path out = temp.resolve("dedup");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL)));
    List<String> sourceIds = runPairs.stream().filter(p -> DedupKey.of(p.path("ar").asText()).contains(QUOTATION))
        .map(p -> p.path("id").asText()).toList();
    assertEquals(3, sourceIds.size(), "the quotation is in three outlets: " + sourceIds);
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl")).stream()
        .filter(p -> DedupKey.of(p.path("translation").path("ar").asText()).contains(QUOTATION)).toList();
    assertEquals(1, kept.size());
    JsonNode survivor = kept.get(0);
    assertEquals(sourceIds.get(0), survivor.path("id").asText());
    assertEquals(3, survivor.path("occurrences").asInt());
    assertEquals(sourceIds.subList(1, 3), List.of(survivor.path("duplicates").get(0).asText(), survivor.path("duplicates").get(1).asText()));
    Map<String, JsonNode> excluded = new HashMap<>();
    ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED)).forEach(e -> excluded.put(e.path("id").asText(), e));
    for (String merged : sourceIds.subList(1, 3)) {
      assertEquals(sourceIds.get(0), excluded.get(merged).path("duplicate_of").asText());
      assertEquals(3, excluded.get(merged).path("duplicate_group_size").asInt());
      assertTrue(excluded.get(merged).path("reasons").get(0).asText().startsWith("near-duplicate of " + sourceIds.get(0)));
    }
    assertTrue(report.excludedByKind().get("near-duplicate") >= 2, report.excludedByKind().toString());
  }

  @Test
  void sameSentenceSpelledDifferentlyInTwoArticlesIsAnExactDuplicate() throws Exception {
    Path in = temp.resolve("exact-in");
    java.nio.file.Files.createDirectories(in);
    java.nio.file.Files.writeString(in.resolve("a.txt"), "وقع النظام السوري اتفاقية عسكرية مع إيران.\nثم عاد الوفد.");
    java.nio.file.Files.writeString(in.resolve("b.txt"), "وقّع النظامُ السوري اتفاقية عسكرية مع ايران .\nوصل الوزير.");
    Path exactRun = SeedRun.into(in, temp.resolve("exact-run"));
    Path out = temp.resolve("exact");
    ExportReport report = new CorpusExport(ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL))
        .dedup(ExportOptions.Dedup.EXACT).build()).run(new RunFolderSource(exactRun));
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    assertEquals(List.of("a:p1s1", "a:p2s1", "b:p2s1"), ExportFiles.ids(kept));
    assertEquals(2, kept.get(0).path("occurrences").asInt());
    assertEquals("b:p1s1", kept.get(0).path("duplicates").get(0).asText());
    assertEquals(1, report.excluded());
    assertFalse(report.excludedByKind().containsKey("near-duplicate"));
  }

  @Test
  void splitNeverPutsADocumentInTwoPartsAndRepeatsForASeed() throws IOException {
    for (long seed : new long[] {1, 2, 3, 42}) {
      Path out = temp.resolve("split-" + seed);
      ExportOptions.Builder options = ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL, ExportFormat.MOSES))
          .split(Optional.of(SplitSpec.parse("train=0.6,dev=0.2,test=0.2"))).seed(seed);
      ExportReport report = export(out, options);
      Map<String, String> partOfDoc = new HashMap<>();
      long written = 0;
      for (String part : List.of("train", "dev", "test")) {
        List<JsonNode> lines = ExportFiles.jsonl(out.resolve(part + ".jsonl"));
        written += lines.size();
        assertEquals(lines.size(), ExportFiles.lines(out.resolve(part + ".ar")).size());
        assertEquals(lines.size(), ExportFiles.lines(out.resolve(part + ".en")).size());
        for (JsonNode line : lines) {
          String before = partOfDoc.put(line.path("doc").asText(), part);
          assertTrue(before == null || before.equals(part), line.path("doc").asText() + " is in " + before + " and " + part);
        }
        assertEquals(new TreeSet<>(report.parts().get(part).documents()),
            new TreeSet<>(lines.stream().map(l -> l.path("doc").asText()).toList()));
      }
      assertEquals(report.kept(), written);
      Path again = temp.resolve("split-" + seed + "-again");
      export(again, ExportOptions.builder(again).formats(EnumSet.of(ExportFormat.JSONL, ExportFormat.MOSES))
          .split(Optional.of(SplitSpec.parse("train=0.6,dev=0.2,test=0.2"))).seed(seed));
      for (String file : List.of("train.jsonl", "dev.jsonl", "test.jsonl")) {
        assertEquals(ExportFiles.lines(out.resolve(file)), ExportFiles.lines(again.resolve(file)), file + " with seed " + seed);
      }
    }
  }

  @Test
  void everyPairLeftOutByAFlagFilterIsInTheSideFileWithItsReason() throws IOException {
    Path out = temp.resolve("filtered-flag");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL))
        .filters(new PairFilters(Set.of(Flags.NOT_ENGLISH), OptionalDouble.empty(), 0)));
    List<JsonNode> kept = assertKeptAndExcludedCoverTheRun(out, report);
    assertTrue(report.excludedByKind().getOrDefault("flag", 0L) > 0, report.excludedByKind().toString());
    for (JsonNode k : kept) assertFalse(k.path("flags").toString().contains("\"" + Flags.NOT_ENGLISH + "\""), k.toString());
  }

  @Test
  void everyPairLeftOutByScoreFiltersIsInTheSideFileWithItsReason() throws IOException {
    Path out = temp.resolve("filtered-scores");
    ExportReport report = export(out, ExportOptions.builder(out).formats(EnumSet.of(ExportFormat.JSONL))
        .filters(new PairFilters(Set.of(), OptionalDouble.of(1.0), 8)));
    List<JsonNode> kept = assertKeptAndExcludedCoverTheRun(out, report);
    assertTrue(report.excludedByKind().getOrDefault("length-ratio-z", 0L) > 0
        && report.excludedByKind().getOrDefault("min-words", 0L) > 0, report.excludedByKind().toString());
    for (JsonNode k : kept) assertTrue(Math.abs(k.path("scores").path("length-ratio-z").asDouble()) <= 1.0, k.toString());
  }

  /** Kept and excluded pairs are disjoint, every excluded one has a reason, and together they are the run's pairs. */
  private static List<JsonNode> assertKeptAndExcludedCoverTheRun(Path out, ExportReport report) throws IOException {
    List<JsonNode> kept = ExportFiles.jsonl(out.resolve("corpus.jsonl"));
    List<JsonNode> excluded = ExportFiles.jsonl(out.resolve(CorpusExport.EXCLUDED));
    Set<String> all = new HashSet<>(ExportFiles.ids(kept));
    for (JsonNode e : excluded) {
      assertTrue(all.add(e.path("id").asText()), "written twice: " + e.path("id"));
      assertTrue(e.path("reasons").size() > 0, e.toString());
    }
    assertEquals(new HashSet<>(ExportFiles.ids(runPairs)), all);
    assertEquals(report.excluded(), excluded.size());
    return kept;
  }
}
