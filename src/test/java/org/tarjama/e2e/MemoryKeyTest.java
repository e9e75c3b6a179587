package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.translate.libretranslate.FakeLibreTranslate;

/**
 * The memory key is exactly what changes a translation: rerunning the seeds with another batch size, timeout,
 * concurrency, rate limit or price sends nothing; another model or glossary content sends everything again; and a
 * memory file keyed the old way (every option but secrets) still answers.
 */
class MemoryKeyTest {

  private static final int SEED_SEGMENTS = 57;

  @TempDir
  Path dir;

  private int runs;

  private void translate(String... args) {
    List<String> all = new ArrayList<>(List.of("translate", "seeds", "--tm", dir.resolve("tm.sqlite").toString(),
        "--out", dir.resolve("out" + runs++).toString()));
    all.addAll(List.of(args));
    StringWriter err = new StringWriter();
    int exit = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(
        all.toArray(String[]::new));
    assertEquals(ExitCodes.OK, exit, err.toString());
  }

  private static int sent(FakeLibreTranslate lt) {
    return lt.requests().stream().mapToInt(List::size).sum();
  }

  @Test
  void batchSizeTimeoutConcurrencyRateLimitAndPriceNeverMissTheMemory() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start()) {
      String[] backend = {"--backend", "libretranslate", "--endpoint", lt.url()};
      translate(backend);
      assertEquals(SEED_SEGMENTS, sent(lt));

      List<List<String>> changes = List.of(List.of("-o", "max-items=20"), List.of("-o", "max-chars=3000"),
          List.of("-o", "timeout=30"), List.of("--request-timeout", "5"), List.of("--concurrency", "1"),
          List.of("--max-requests-per-second", "50"), List.of("-o", "requests-per-minute=6000"),
          List.of("-o", "characters-per-minute=900000"), List.of("-o", "price-per-million-characters=5"));
      for (List<String> change : changes) {
        List<String> args = new ArrayList<>(List.of(backend));
        args.addAll(change);
        translate(args.toArray(String[]::new));
        assertEquals(SEED_SEGMENTS, sent(lt), "nothing sent again with " + change);
      }
    }
  }

  @Test
  void anotherModelOrGlossaryContentSendsEverythingAgainAndTheSameContentElsewhereDoesNot() throws Exception {
    Path glossary = Files.writeString(dir.resolve("names.tsv"), "باقري\tBagheri\n", StandardCharsets.UTF_8);
    try (FakeChatServer chat = FakeChatServer.start()) {
      String[] base = {"--backend", "openai", "--endpoint", chat.endpoint()};
      translate(with(base, "--model", "qwen2.5:7b", "-o", "glossary=" + glossary));
      assertEquals(SEED_SEGMENTS, chat.itemsReceived());

      translate(with(base, "--model", "qwen2.5:7b", "-o", "glossary=" + glossary, "-o", "max-items=7", "-o", "timeout=90"));
      assertEquals(SEED_SEGMENTS, chat.itemsReceived(), "batch size and timeout are not in the key");

      Path moved = Files.copy(glossary, dir.resolve("moved.tsv"));
      translate(with(base, "--model", "qwen2.5:7b", "-o", "glossary=" + moved));
      assertEquals(SEED_SEGMENTS, chat.itemsReceived(), "the glossary is keyed by content, not path");

      translate(with(base, "--model", "llama3.2:3b", "-o", "glossary=" + glossary));
      assertEquals(2 * SEED_SEGMENTS, chat.itemsReceived(), "another model sends all again");

      Files.writeString(glossary, "باقري\tBaqeri\n", StandardCharsets.UTF_8);
      translate(with(base, "--model", "qwen2.5:7b", "-o", "glossary=" + glossary));
      assertEquals(3 * SEED_SEGMENTS, chat.itemsReceived(), "another glossary content sends all again");
    }
  }

  @Test
  void memoryFileWrittenWithTheOldKeysStillAnswers() throws Exception {
    try (FakeChatServer chat = FakeChatServer.start()) {
      String[] base = {"--backend", "openai", "--endpoint", chat.endpoint(), "--model", "qwen2.5:7b"};
      translate(base);
      assertEquals(SEED_SEGMENTS, chat.itemsReceived());
      // the key an older tarjama wrote for these settings: every option given, none declared or defaulted
      oldKeys("");
      translate(base);
      assertEquals(SEED_SEGMENTS, chat.itemsReceived(), "read under the old key");

      oldKeys("max-items=20;temperature=0");
      translate(with(base, "-o", "temperature=0", "-o", "max-items=20"));
      assertEquals(SEED_SEGMENTS, chat.itemsReceived(), "read under the old key with options");

      translate(with(base, "-o", "temperature=0.3"));
      assertEquals(2 * SEED_SEGMENTS, chat.itemsReceived(), "another temperature is another translation");
    }
  }

  /** Rewrites every entry's options column as an older tarjama stored it. */
  private void oldKeys(String options) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tm.sqlite"));
         Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM translation WHERE options <> (SELECT MIN(options) FROM translation)");
      assertEquals(SEED_SEGMENTS, s.executeUpdate("UPDATE translation SET options = '" + options + "'"));
    }
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
