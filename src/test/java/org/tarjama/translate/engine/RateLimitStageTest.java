package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;

class RateLimitStageTest {

  private final FakeClock clock = new FakeClock();
  private final RecordingEvents events = new RecordingEvents();
  private final Middleware answer = chain -> BatchReply.failed(chain.batch(), "not sent", "scripted", "m1");

  private void send(RateLimitStage stage, String text) throws BackendException {
    StageChain.run(List.of(stage, answer), batch(text), Deadline.after(clock, Duration.ofMinutes(15)));
  }

  @Test
  void requestsPerSecondSpaceEveryRequestFromTheFirst() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withRequestsPerSecond(2), clock, events);
    clock.advance(Duration.ofSeconds(10));

    for (int i = 0; i < 4; i++) send(stage, "نص");

    // the first goes at once: no burst of a second's worth, however long the stage waited for it; 1% under the limit
    assertEquals(3, clock.sleeps().size());
    for (Duration sleep : clock.sleeps()) assertEquals(505_050_505, sleep.toNanos(), 1, clock.sleeps().toString()); // 1 s / 1.98
    assertEquals(3, events.lines().size());
    for (String line : events.lines()) assertTrue(line.startsWith("permit PT0.50505050"), line);
  }

  @Test
  void noSecondEverHoldsMoreRequestsThanTheLimitEvenAfterAPause() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withRequestsPerSecond(3), clock, events);
    List<Long> starts = new ArrayList<>();

    for (int sent = 0; sent < 30; sent++) {
      if (sent == 10) clock.advance(Duration.ofSeconds(5));
      send(stage, "نص");
      starts.add(clock.nanos());
    }

    for (long from : starts) {
      long inWindow = starts.stream().filter(t -> t >= from && t < from + 1_000_000_000L).count();
      assertTrue(inWindow <= 3, inWindow + " requests in the second from " + from);
    }
  }

  @Test
  void laterRequestsWaitForTheFirstToComeBackSoItsSetUpCannotBunchThemAtTheServer() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withRequestsPerSecond(1000), clock, events);
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstInFlight = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Middleware backend = chain -> {
      String text = chain.batch().items().get(0).text();
      sent.add(text);
      if (text.equals("أول")) {
        firstInFlight.countDown();
        try {
          releaseFirst.await();
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      }
      return BatchReply.failed(chain.batch(), "not sent", "scripted", "m1");
    };
    Thread first = new Thread(() -> sendThrough(stage, backend, "أول"));
    first.start();
    firstInFlight.await();
    Thread second = new Thread(() -> sendThrough(stage, backend, "ثان"));
    second.start();
    // the second either waits for the first reply, as it must, or has already gone to the backend
    while (second.getState() != Thread.State.WAITING && sent.size() < 2) Thread.onSpinWait();
    assertEquals(List.of("أول"), List.copyOf(sent));

    releaseFirst.countDown();
    first.join();
    second.join();
    assertEquals(List.of("أول", "ثان"), List.copyOf(sent));
  }

  private void sendThrough(RateLimitStage stage, Middleware backend, String text) {
    try {
      StageChain.run(List.of(stage, backend), batch(text), Deadline.after(clock, Duration.ofMinutes(15)));
    } catch (BackendException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void charactersPerMinuteChargeEveryCharacterOfTheBatch() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withCharactersPerMinute(600), clock, events);

    send(stage, "س".repeat(600));
    send(stage, "س".repeat(300));

    // 600 characters a minute (594 with the margin) come in at 9.9 a second: the first 600 are paid off 60.6 s later
    assertEquals(List.of(Duration.ofNanos(60_606_060_607L)), clock.sleeps());
  }

  @Test
  void aBatchLargerThanAMinutesCharactersIsChargedInFull() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withCharactersPerMinute(600), clock, events);

    send(stage, "س".repeat(1200));
    send(stage, "س");

    // the second waits until the first's 1,200 characters are paid off: two minutes at 99% of the limit
    assertEquals(List.of(Duration.ofNanos(121_212_121_213L)), clock.sleeps());
  }

  @Test
  void anUnlimitedBackendNeverWaits() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED, clock, events);

    for (int i = 0; i < 100; i++) send(stage, "نص");

    assertEquals(List.of(), clock.sleeps());
  }
}
