package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendUnreachableException;
import org.tarjama.translate.Outcome;

class ReachabilityStageTest {

  private static final String REFUSED = "nothing answers at http://127.0.0.1:5000 (connection refused): start it";

  private final FakeClock clock = new FakeClock();
  private final List<String> events = new ArrayList<>();
  private final EngineListener listener = new EngineListener() {
    @Override
    public void waitingForBackend(String problem, Duration waited, Duration bound) {
      events.add("waiting " + waited.toSeconds() + " of " + bound.toSeconds());
    }

    @Override
    public void backendLost(String reason) {
      events.add("lost " + reason);
    }
  };
  private final ReachabilityStage stage = new ReachabilityStage(Duration.ofSeconds(5), "scripted", "m1", clock, listener);

  /** A backend that answers the calls {@code up} says, and refuses the connection otherwise. */
  private Middleware backend(java.util.function.IntPredicate up) {
    int[] calls = new int[1];
    return chain -> {
      if (!up.test(++calls[0])) throw new BackendException.Unreachable("scripted", "http://127.0.0.1:5000", REFUSED, null);
      return BatchReply.failed(chain.batch(), "answered", "scripted", "m1");
    };
  }

  private BatchReply run(Middleware backend) throws BackendException {
    return StageChain.run(List.of(stage, backend), batch("أ"), Deadline.after(clock, Duration.ofMinutes(15)));
  }

  @Test
  void aBackendThatNeverAnsweredEndsTheRunAtOnce() {
    BackendUnreachableException e = assertThrows(BackendUnreachableException.class, () -> run(backend(call -> false)));

    assertEquals("scripted: " + REFUSED, e.getMessage());
    assertEquals(List.of(), clock.sleeps(), "nothing is waited for");
  }

  @Test
  void aBackendThatWentAwayIsWaitedForUntilItComesBack() throws Exception {
    Middleware backend = backend(call -> call == 1 || call >= 4);
    run(backend);

    BatchReply reply = run(backend);

    assertEquals("answered", ((Outcome.Failed) reply.outcomes().get(0)).reason());
    assertEquals(List.of(ReachabilityStage.POLL, ReachabilityStage.POLL), clock.sleeps());
    assertEquals(List.of("waiting 0 of 5", "waiting 2 of 5"), events);
  }

  @Test
  void aBackendAwayLongerThanTheBoundIsGivenUpAndLaterBatchesFailWithoutBeingSent() throws Exception {
    int[] sent = new int[1];
    Middleware backend = backend(call -> {
      sent[0] = call;
      return call == 1;
    });
    run(backend);

    BatchReply reply = run(backend);
    BatchReply later = run(backend);

    String reason = "scripted: " + REFUSED + "; it did not come back within 5 s (--wait-for-backend)";
    assertEquals(new Outcome.Failed(reason, "scripted", "m1"), reply.outcomes().get(0));
    assertEquals(new Outcome.Failed(reason, "scripted", "m1"), later.outcomes().get(0));
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1)), clock.sleeps());
    assertEquals(List.of("waiting 0 of 5", "waiting 2 of 5", "waiting 4 of 5", "lost " + reason), events);
    assertEquals(5, sent[0], "the later batch was not sent");
  }
}
