package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.Outcome;

class StageChainTest {

  private final FakeClock clock = new FakeClock();

  /** A stage that forgets the last outcome: the chain must name it. */
  private static final class LosesOne implements Middleware {
    @Override
    public BatchReply intercept(Chain chain) throws org.tarjama.translate.BackendException {
      List<Outcome> all = chain.proceed(chain.batch()).outcomes();
      return new BatchReply(all.subList(0, all.size() - 1));
    }
  }

  @Test
  void aStageThatLosesAnOutcomeIsNamed() {
    Middleware last = chain -> BatchReply.failed(chain.batch(), "not sent", "scripted", "m1");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StageChain.run(List.of(new LosesOne(), last), batch("أ", "ب"), Deadline.after(clock, Duration.ofMinutes(1))));

    assertEquals("stage LosesOne returned 1 outcomes for a batch of 2", e.getMessage());
  }

  @Test
  void theLastStageMayNotProceed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StageChain.run(List.of(new LosesOne()), batch("أ"), Deadline.after(clock, Duration.ofMinutes(1))));

    assertEquals("stage LosesOne called proceed() but no stage follows it", e.getMessage());
  }

  @Test
  void stagesSeeTheAttemptTheRetryStageSet() throws Exception {
    int[] seen = new int[1];
    Middleware retryTwice = chain -> chain.withAttempt(2).proceed(chain.batch());
    Middleware last = chain -> {
      seen[0] = chain.attempt();
      return BatchReply.failed(chain.batch(), "not sent", "scripted", "m1");
    };

    StageChain.run(List.of(retryTwice, last), batch("أ"), Deadline.after(clock, Duration.ofMinutes(1)));

    assertEquals(2, seen[0]);
  }
}
