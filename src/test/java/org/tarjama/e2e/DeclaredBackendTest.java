package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.memory.MemoryScope;
import org.tarjama.memory.MemoryStats;
import org.tarjama.memory.SqliteMemory;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.translate.engine.EngineOptions;

/**
 * A backend that tarjama knows only through its declaration ({@link TestMtProvider}, registered with
 * ServiceLoader in the test class path) is auto-selected by its key variable, rate-limited by its declared
 * requests per second, priced in {@code --dry-run} and keyed in the memory by its declared options.
 */
class DeclaredBackendTest {

  private static final int SEED_SEGMENTS = 57;

  @TempDir
  Path dir;

  private Path config;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeConfigWithTheKey() throws Exception {
    config = Files.writeString(dir.resolve("tarjama.yaml"), "secrets:\n  " + TestMtProvider.KEY + ": testmt-key-123\n");
  }

  private int tarjama(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--config", config.toString(), "--tm", dir.resolve("tm.sqlite").toString(), "--out",
        dir.resolve("out").toString()));
    return Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
  }

  @Test
  void isAutoSelectedByItsKeyVariableAndPricedInTheDryRun() {
    int before = TestMtProvider.ITEMS.get();
    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--dry-run"), err.toString());

    assertTrue(err.toString().contains("backend testmt: TESTMT_KEY is set"), err.toString());
    assertTrue(out.toString().contains("at 7.50 USD per million characters (an example list price;"), out.toString());
    assertEquals(before, TestMtProvider.ITEMS.get(), "a dry run sends nothing");
  }

  @Test
  void priceSetAsAnOptionIsWhatTheDryRunUses() {
    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--dry-run", "-o", "price-per-million-characters=3"),
        err.toString());

    assertTrue(out.toString().contains("at 3.00 USD per million characters"), out.toString());
    assertFalse(out.toString().contains("example"), "a price the user gave is not called an example: " + out);
  }

  @Test
  void priceGivenAsAFlagIsNotCalledAnExample() {
    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--dry-run", "--price-per-million-chars", "20"), err.toString());

    assertTrue(out.toString().contains("at 20.00 USD per million characters\n"), out.toString());
  }

  @Test
  void isRateLimitedByItsDeclaredRequestsPerSecondUnlessAnOptionLiftsIt() throws Exception {
    RunReport limited = run(Map.of());
    RunReport unlimited = run(Map.of("requests-per-minute", "0"));

    assertEquals("testmt", limited.backend());
    assertEquals(6, limited.engine().requests(), "57 segments in batches of 10");
    // 2 per second with a burst of 2: the other 4 requests wait 0.5 s each, or more as they queue
    assertTrue(limited.engine().rateLimitWaitMillis() >= 1_500, limited.engine().toString());
    assertEquals(0, unlimited.engine().rateLimitWaitMillis(), unlimited.engine().toString());
  }

  private RunReport run(Map<String, String> options) throws Exception {
    return Tarjama.translate(TranslateOptions.builder(List.of("seeds")).config(config).backendOptions(options)
        .out(dir.resolve("out-" + options.size())).engine(EngineOptions.builder().memory(MemoryLocation.none())
            .clock(new NoWaitClock()).build()).build(), RunListener.NONE);
  }

  @Test
  void isKeyedInTheMemoryByTheOptionsItDeclaresAsChangingTheTranslation() throws Exception {
    int before = TestMtProvider.ITEMS.get();
    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--max-requests-per-second", "0"), err.toString());
    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--max-requests-per-second", "0", "-o", "max-items=3",
        "-o", "dialect=MSA"), err.toString());
    assertEquals(SEED_SEGMENTS, TestMtProvider.ITEMS.get() - before, "batch size and the default spelled out miss nothing");

    assertEquals(ExitCodes.OK, tarjama("translate", "seeds", "--max-requests-per-second", "0", "-o", "dialect=gulf"),
        err.toString());
    assertEquals(2 * SEED_SEGMENTS, TestMtProvider.ITEMS.get() - before, "another dialect is another translation");

    try (SqliteMemory memory = SqliteMemory.open(dir.resolve("tm.sqlite"))) {
      assertEquals(List.of(new MemoryStats.ScopeCount(new MemoryScope("testmt", "v1", "dialect=gulf"), SEED_SEGMENTS),
          new MemoryStats.ScopeCount(new MemoryScope("testmt", "v1", "dialect=msa"), SEED_SEGMENTS)),
          memory.stats().scopes());
    }
  }

  @Test
  void misspeltOptionIsRefusedNamingItsDeclaredOptions() {
    assertEquals(ExitCodes.USAGE, tarjama("translate", "seeds", "-o", "dialekt=gulf"));

    assertTrue(err.toString().contains("-o dialekt: unknown option 'dialekt' for backend testmt; its options: "
        + "characters-per-minute, dialect, max-bytes"), err.toString());
  }
}
