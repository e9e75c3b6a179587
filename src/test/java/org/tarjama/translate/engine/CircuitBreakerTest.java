package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarjama.translate.engine.Fixtures.SENTENCES;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.Outcome;

class CircuitBreakerTest {

  private final FakeClock clock = new FakeClock();
  private final RecordingEvents events = new RecordingEvents();
  private final ExecutorService calls = Executors.newCachedThreadPool();
  private final BreakerPolicy policy = new BreakerPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1), 2);

  @AfterEach
  void stop() {
    calls.shutdownNow();
  }

  private List<Middleware> stack(ScriptedTranslator backend) {
    return stack(policy, backend, Duration.ofSeconds(5));
  }

  private List<Middleware> stack(BreakerPolicy breaker, ScriptedTranslator backend, Duration timeout) {
    return List.of(new CircuitBreaker(breaker, ScriptedTranslator.NAME, ScriptedTranslator.MODEL, clock, events),
        new BackendCall(backend, timeout, calls, clock, events));
  }

  private BatchReply send(List<Middleware> stack, int sentence) throws BackendException {
    return StageChain.run(stack, batch(SENTENCES.get(sentence)), Deadline.after(clock, Duration.ofMinutes(15)));
  }

  private static ScriptedTranslator failingUntil(int call) {
    return new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n < call) throw new BackendException.Transient("scripted", "HTTP 502 Bad Gateway");
      return ScriptedTranslator.healthy(items);
    });
  }

  @Test
  void opensAfterRepeatedFailuresAndSendsNothingUntilThePauseIsOver() throws Exception {
    ScriptedTranslator backend = failingUntil(4);
    List<Middleware> stack = stack(backend);
    for (int i = 0; i < 3; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));
    assertEquals(List.of("open PT5S"), events.lines());

    BatchReply reply = send(stack, 1);

    assertEquals(List.of(Duration.ofSeconds(5)), clock.sleeps());
    assertEquals(4, backend.calls().size());
    assertEquals(Outcome.Translated.class, reply.outcomes().get(0).getClass());
  }

  @Test
  void aFailedProbeReopensTheCircuitForLonger() throws Exception {
    ScriptedTranslator backend = failingUntil(5);
    List<Middleware> stack = stack(backend);
    for (int i = 0; i < 4; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));

    send(stack, 1);

    assertEquals(List.of("open PT5S", "open PT10S"), events.lines());
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), clock.sleeps());
  }

  @Test
  void aBackendThatAnsweredAndThenKeepsFailingIsStoppedAfterThePolicysPauses() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n == 1) return ScriptedTranslator.healthy(items);
      throw new BackendException.Transient("scripted", "HTTP 502 Bad Gateway");
    });
    List<Middleware> stack = stack(backend);
    send(stack, 0);
    for (int i = 0; i < 5; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));

    BatchReply reply = send(stack, 1);

    assertEquals(6, backend.calls().size());
    String reason = "kept failing after 2 pauses: scripted: HTTP 502 Bad Gateway";
    assertEquals(List.of(new Outcome.Failed("backend stopped: " + reason, ScriptedTranslator.NAME, ScriptedTranslator.MODEL)),
        reply.outcomes());
    assertEquals("stopped " + reason, events.lines().get(events.lines().size() - 1));
  }

  @Test
  void aBackendThatHasNeverAnsweredWellIsStoppedAfterTwoPausesWhateverThePolicyAllows() throws Exception {
    BreakerPolicy patient = new BreakerPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(2), 8);
    ScriptedTranslator backend = failingUntil(Integer.MAX_VALUE);
    List<Middleware> stack = stack(patient, backend, Duration.ofSeconds(5));
    for (int i = 0; i < 5; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));

    BatchReply reply = send(stack, 1);

    assertEquals(5, backend.calls().size(), "three to open, then one probe after each of the two pauses");
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), clock.sleeps());
    String reason = ((Outcome.Failed) reply.outcomes().get(0)).reason();
    assertTrue(reason.startsWith("backend stopped: has not answered one request well since the run started (2 pauses);"
        + " last failure: scripted: HTTP 502 Bad Gateway"), reason);
    assertTrue(reason.endsWith("check --endpoint and the server's own log"), reason);
  }

  @Test
  void aBackendThatHasNeverRepliedIsStoppedAtItsSecondRequestWithoutAReplyInTime() throws Exception {
    ScriptedTranslator silent = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      try {
        Thread.sleep(60_000); // a server that took the request and says nothing; the call's timeout cancels this
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ScriptedTranslator.healthy(items);
    });
    List<Middleware> stack = stack(policy, silent, Duration.ofMillis(50));
    BackendException.Transient timedOut = assertThrows(BackendException.Transient.class, () -> send(stack, 0));
    assertTrue(timedOut.noReply());
    assertThrows(BackendException.Transient.class, () -> send(stack, 0)); // a first reply may be lost: one more try

    BatchReply reply = send(stack, 1);

    assertEquals(2, silent.calls().size(), "nothing is sent after the second request that got no reply");
    assertEquals(List.of(), clock.sleeps(), "no pause is waited out");
    String reason = ((Outcome.Failed) reply.outcomes().get(0)).reason();
    assertTrue(reason.startsWith("backend stopped: no reply in time to 2 requests, and none since the run started: scripted:"
        + " no reply within"), reason);
    assertTrue(reason.endsWith("raise --request-timeout (and the backend's timeout option) if it is just slow"), reason);
  }

  @Test
  void aBackendThatRepliedBeforeIsWaitedOnThroughItsTimeoutsAsThroughOtherFailures() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n == 1 || n == 5) return ScriptedTranslator.healthy(items);
      throw BackendException.Transient.noReply("scripted", "no reply within 60 s");
    });
    List<Middleware> stack = stack(backend);
    send(stack, 0);
    for (int i = 0; i < 3; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));

    BatchReply reply = send(stack, 1);

    assertEquals(List.of("open PT5S"), events.lines());
    assertEquals(Outcome.Translated.class, reply.outcomes().get(0).getClass());
  }

  @Test
  void thePausesOfOneRunOfFailuresStayWithinWaitForBackend() throws Exception {
    BreakerPolicy bounded = new BreakerPolicy(1, Duration.ofSeconds(5), Duration.ofMinutes(2), 8)
        .withWaitForBackend(Duration.ofSeconds(30));
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n == 1) return ScriptedTranslator.healthy(items);
      throw new BackendException.Transient("scripted", "connection reset");
    });
    List<Middleware> stack = stack(bounded, backend, Duration.ofSeconds(5));
    send(stack, 0);
    for (int i = 0; i < 3; i++) assertThrows(BackendException.Transient.class, () -> send(stack, 0));

    BatchReply reply = send(stack, 1);

    // 5 s, then 10 s; a third pause of 20 s would end 35 s after the failures began
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), clock.sleeps());
    String reason = ((Outcome.Failed) reply.outcomes().get(0)).reason();
    assertTrue(reason.contains("the next pause would pass --wait-for-backend 30 s"), reason);
  }

  @Test
  void quotaExhaustedStopsTheBackendAtOnce() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      throw new BackendException.Permanent("scripted", "HTTP 456 Quota exceeded", true);
    });
    List<Middleware> stack = stack(backend);
    assertThrows(BackendException.Permanent.class, () -> send(stack, 0));

    BatchReply reply = send(stack, 1);

    assertEquals(1, backend.calls().size());
    assertEquals(List.of(new Outcome.Failed("backend stopped: scripted: HTTP 456 Quota exceeded", ScriptedTranslator.NAME,
        ScriptedTranslator.MODEL)), reply.outcomes());
  }

  @Test
  void aRetryAfterHoldsEveryRequestNotOnlyTheOneThatGotIt() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n == 1) throw new BackendException.RateLimited("scripted", "HTTP 429", Duration.ofSeconds(3));
      return ScriptedTranslator.healthy(items);
    });
    List<Middleware> stack = stack(backend);
    assertThrows(BackendException.RateLimited.class, () -> send(stack, 0));

    send(stack, 1);

    assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps());
  }

  @Test
  void aSuccessBetweenFailuresKeepsTheCircuitClosed() throws Exception {
    ScriptedTranslator backend = new ScriptedTranslator(BatchLimits.unlimited(), (items, n) -> {
      if (n % 3 != 0) throw new BackendException.Transient("scripted", "HTTP 500");
      return ScriptedTranslator.healthy(items);
    });
    List<Middleware> stack = stack(backend);
    for (int i = 0; i < 9; i++) {
      try {
        send(stack, 0);
      } catch (BackendException.Transient expected) {
        // two failures, then a success, three times over
      }
    }

    assertEquals(List.of(), events.lines());
    assertEquals(List.of(), clock.sleeps());
  }
}
