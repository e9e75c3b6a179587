package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.List;
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
  void requestsPerSecondSpaceRequestsAfterTheFirstBurst() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withRequestsPerSecond(2), clock, events);

    for (int i = 0; i < 4; i++) send(stage, "نص");

    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), clock.sleeps());
    assertEquals(List.of("permit PT0.5S", "permit PT0.5S"), events.lines());
  }

  @Test
  void charactersPerMinuteChargeEveryCharacterOfTheBatch() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED.withCharactersPerMinute(600), clock, events);

    send(stage, "س".repeat(600));
    send(stage, "س".repeat(300));

    // 600 characters a minute refill 10 a second: 300 more take 30 s
    assertEquals(List.of(Duration.ofSeconds(30)), clock.sleeps());
  }

  @Test
  void anUnlimitedBackendNeverWaits() throws Exception {
    RateLimitStage stage = new RateLimitStage("scripted", BackendTerms.UNLIMITED, clock, events);

    for (int i = 0; i < 100; i++) send(stage, "نص");

    assertEquals(List.of(), clock.sleeps());
  }
}
