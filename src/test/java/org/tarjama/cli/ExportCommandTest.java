package org.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.export.SeedRun;

class ExportCommandTest {

  @TempDir
  static Path temp;
  static Path run;

  @BeforeAll
  static void translateSeeds() throws Exception {
    run = SeedRun.into(temp.resolve("run"));
  }

  private record Result(int code, String err) {
  }

  private static Result export(String... args) {
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "export";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(all);
    return new Result(code, err.toString());
  }

  @Test
  void exportsASplitCorpusWithAReviewPage() throws Exception {
    Path out = temp.resolve("cli-out");
    Result result = export(run.toString(), "--out", out.toString(), "--format", "moses,jsonl", "--drop", "length-ratio",
        "--split", "train=0.8,test=0.2", "--seed", "3", "--review");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.err().contains("57 pairs,"), result.err());
    for (String file : new String[] {"train.ar", "train.en", "train.ids", "train.jsonl", "test.jsonl", "excluded/excluded.jsonl",
        "export.json", "review.html"}) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertTrue(Files.notExists(out.resolve("train.tmx")), "only the formats asked for");
  }

  @Test
  void splitNotAddingUpIsAUsageError() {
    Result result = export(run.toString(), "--out", temp.resolve("bad").toString(), "--split", "train=0.8,dev=0.1");
    assertEquals(ExitCodes.USAGE, result.code());
    assertTrue(result.err().contains("split shares add up to 0.9000; they must add up to 1"), result.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Result result = export(run.toString(), "--format", "xliff");
    assertEquals(ExitCodes.USAGE, result.code());
    assertTrue(result.err().contains("xliff"), result.err());
  }

  @Test
  void folderWithoutPairsIsUnavailable() {
    Result result = export(temp.resolve("empty").toString());
    assertEquals(ExitCodes.UNAVAILABLE, result.code());
    assertTrue(result.err().contains("is not a run folder: it has no pairs.jsonl"), result.err());
  }
}
