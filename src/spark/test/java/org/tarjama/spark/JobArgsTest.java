package org.tarjama.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The job's command line refuses what would silently mean something else, naming the option. */
class JobArgsTest {

  private static String refused(String... extra) {
    String[] args = new String[extra.length + 5];
    System.arraycopy(new String[] {"--out", "o", "--backend", "gloss", "in"}, 0, args, 0, 5);
    System.arraycopy(extra, 0, args, 5, extra.length);
    return assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(args)).getMessage();
  }

  @Test
  void aRateLimitThatIsNotAFiniteNumberOrIsNegativeIsRefusedNotTakenForNoLimit() {
    for (String limit : new String[] {"NaN", "Infinity", "-1"}) {
      assertEquals("rate limits must be numbers, 0 or more (0 means the backend's own), got "
          + Double.parseDouble(limit) + " requests/s and 0 characters/min", refused("--max-requests-per-second", limit));
    }
    assertEquals("--max-requests-per-second wants a number, got 'ten'", refused("--max-requests-per-second", "ten"));
    assertEquals("--max-chars-per-minute wants a whole number, got '1.5'", refused("--max-chars-per-minute", "1.5"));
    assertEquals("--near-threshold must be in (0, 1], got NaN", refused("--near-threshold", "NaN"));
    assertEquals("--partitions must be 0 (the job chooses) or more, got -2", refused("--partitions", "-2"));
  }

  @Test
  void aLimitAboveWhatAnIntHoldsIsKept() {
    JobOptions parsed = JobArgs.parse(new String[] {"--out", "o", "--backend", "gloss", "--max-chars-per-minute",
        "10000000000", "in"});
    assertEquals(10_000_000_000L, parsed.charactersPerMinute());
  }

  @Test
  void anOutputFolderSparkCouldNotWriteBelowIsRefusedBeforeAnyWork() throws Exception {
    IOException refused = assertThrows(IOException.class, () -> TranslateJob.outPath("/tmp/runs/o:ut"));
    assertTrue(refused.getMessage().startsWith("cannot write below --out /tmp/runs/o:ut: Hadoop cannot take a colon in"
        + " a folder name ("), refused.getMessage());
    assertEquals("/tmp/runs/2026-12-01 out", TranslateJob.outPath("/tmp/runs/2026-12-01 out").toUri().getPath());
  }
}
