package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Version;
import org.tarjama.export.OutputSet;

class CliTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void versionPrintsTheBuildVersion() {
    assertEquals(ExitCodes.OK, run("--version"));
    assertEquals("tarjama " + Version.current(), out.toString().strip());
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("translate"), out.toString());
    assertTrue(out.toString().contains("3   backend or input unavailable"), out.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("translate", "--bogus", "seeds"));
    assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());
  }

  @Test
  void missingInputIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("translate"));
  }

  @Test
  void anEnglishFieldNamedAsAnInputFieldIsAUsageErrorSinceItWouldOverwriteTheRecordsArabic() {
    assertEquals(ExitCodes.USAGE, run("translate", "seeds", "--title-en-field", "text", "--out", dir.toString()));
    assertTrue(err.toString().contains("--title-en-field 'text'"), err.toString());
    assertEquals(ExitCodes.USAGE, run("translate", "seeds", "--text-en-field", "title_en", "--out", dir.toString()));
    assertEquals(ExitCodes.USAGE, run("translate", "seeds", "--text-en-field", "url", "--out", dir.toString()));
  }

  @Test
  void aRateLimitThatIsNotAFiniteNumberIsAUsageErrorNotNoLimit() {
    for (String limit : List.of("NaN", "Infinity", "-1")) {
      assertEquals(ExitCodes.USAGE, run("translate", "seeds", "--backend", "pseudo", "--max-requests-per-second", limit,
          "--out", dir.resolve("out").toString()), limit);
      assertTrue(err.toString().contains("rate limits and prices must be numbers, 0 or more"), err.toString());
    }
    assertEquals(ExitCodes.USAGE, run("translate", "seeds", "--dry-run", "--price-per-million-chars", "NaN"));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void unknownBackendIsUnavailable() {
    assertEquals(ExitCodes.UNAVAILABLE, run("translate", "seeds", "--backend", "nosuch", "--out", dir.toString()));
    assertTrue(err.toString().contains("no backend named 'nosuch'"), err.toString());
  }

  @Test
  void translateWritesEveryOutputAndExitsZero() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "وقع النظام اتفاقية.\n\nثم انتهى اللقاء.");
    Path outDir = dir.resolve("out");
    assertEquals(ExitCodes.OK, run("translate", in.toString(), "--backend", "pseudo", "--out", outDir.toString()));
    for (String name : List.of(OutputSet.PAIRS, OutputSet.TMX, OutputSet.MOSES_AR, OutputSet.MOSES_EN, OutputSet.TSV,
        OutputSet.RUN, "articles/a.json")) {
      assertTrue(Files.isRegularFile(outDir.resolve(name)), name);
    }
    assertTrue(err.toString().contains("1 articles, 2 segments (2 translated, 0 failed)"), err.toString());
  }

  @Test
  void skippedInputsGiveExitCodeOneAndAreNamedOnStderr() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "قال الأسد.");
    assertEquals(ExitCodes.FAILURES, run("translate", empty.toString(), good.toString(), "--backend", "pseudo",
        "--out", dir.resolve("out").toString()));
    assertTrue(err.toString().contains("skipped " + empty + ": empty file"), err.toString());
  }

  @Test
  void segmentPrintsOneSegmentPerLineAndABlankLineBetweenParagraphs() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "وقع النظام اتفاقية. ثم انتهى اللقاء.\n\nقال الأسد.");
    assertEquals(ExitCodes.OK, run("segment", in.toString()));
    assertEquals("وقع النظام اتفاقية.\nثم انتهى اللقاء.\n\nقال الأسد.\n", out.toString().replace("\r\n", "\n"));
  }

  @Test
  void segmentJsonlPrintsRecordsWithArticleParagraphAndIndex() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "قال الأسد.");
    assertEquals(ExitCodes.OK, run("segment", "--jsonl", in.toString()));
    assertEquals("{\"doc\":\"a\",\"para\":1,\"index\":1,\"id\":\"a:p1s1\",\"text\":\"قال الأسد.\"}", out.toString().strip());
  }
}
