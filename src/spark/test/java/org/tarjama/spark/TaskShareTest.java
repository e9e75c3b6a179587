package org.tarjama.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.engine.BackendTerms;

/** How a cluster-wide rate limit is shared among the tasks that run at once. */
class TaskShareTest {

  @Test
  void eachOfFourTasksGetsAQuarterOfTheClustersLimits() {
    TaskShare share = TaskShare.of(new BackendTerms(10, 600_000, 0), 4);
    assertEquals(2.5, share.requestsPerSecond());
    assertEquals(150_000, share.charactersPerMinute());
    BackendTerms task = share.override().apply(new BackendTerms(10, 600_000, 25.0));
    assertEquals(2.5, task.requestsPerSecond());
    assertEquals(25.0, task.pricePerMillionChars(), "the price is not shared");
  }

  @Test
  void anUnlimitedBackendStaysUnlimitedOnEveryTask() {
    // a backend that declares no limit has zeros (BackendTerms.of), the table's sentinel is MAX_VALUE
    for (BackendTerms unlimited : List.of(BackendTerms.UNLIMITED, new BackendTerms(0, 0, 0))) {
      BackendTerms task = TaskShare.of(unlimited, 8).override().apply(unlimited);
      assertFalse(task.limitsRequests(), unlimited.toString());
      assertFalse(task.limitsCharacters(), unlimited.toString());
    }
  }

  @Test
  void theJobsOwnLimitIsForTheWholeClusterAndReplacesTheBackendsDefault() {
    JobOptions options = JobOptions.of(List.of("in"), "out", "deepl", null).withRateLimits(6, 0);
    assertEquals(1.5, TranslateJob.share(options, 4).requestsPerSecond());
    assertEquals(10.0 / 4, TranslateJob.share(options.withRateLimits(0, 0), 4).requestsPerSecond(), "deepl declares 10/s");
  }
}
