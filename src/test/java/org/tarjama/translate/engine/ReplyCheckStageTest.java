package org.tarjama.translate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tarjama.translate.engine.Fixtures.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.pseudo.PseudoTranslator;

class ReplyCheckStageTest {

  private final FakeClock clock = new FakeClock();
  private final RecordingEvents events = new RecordingEvents();
  private final List<List<String>> sent = new ArrayList<>();

  /** A backend that hands back the Arabic of every item whose text contains {@code echoed}, on its first n calls. */
  private Middleware backend(String echoed, int echoingCalls) {
    return chain -> {
      List<String> texts = chain.batch().items().stream().map(TranslationItem::text).toList();
      sent.add(texts);
      boolean echo = sent.size() <= echoingCalls;
      return new BatchReply(texts.stream().<Outcome>map(t -> new Outcome.Translated(
          echo && t.contains(echoed) ? t : PseudoTranslator.forward(t), "scripted", "m1")).toList());
    };
  }

  private BatchReply run(Middleware backend, Batch batch) throws Exception {
    return StageChain.run(List.of(new ReplyCheckStage(2, "scripted", "m1", events), backend), batch,
        Deadline.after(clock, Duration.ofMinutes(1)));
  }

  @Test
  void anEchoedItemIsAskedAgainAloneAndTheRestOfTheBatchIsKept() throws Exception {
    Batch batch = batch(Fixtures.sentence(0), Fixtures.sentence(1), Fixtures.sentence(2));

    BatchReply reply = run(backend("باقري", 1), batch);

    assertEquals(List.of(List.of(Fixtures.sentence(0), Fixtures.sentence(1), Fixtures.sentence(2)),
        List.of(Fixtures.sentence(2))), sent);
    for (int i = 0; i < 3; i++) {
      assertEquals(new Outcome.Translated(PseudoTranslator.forward(Fixtures.sentence(i)), "scripted", "m1"),
          reply.outcomes().get(i));
    }
    assertEquals(List.of("retry rejected-reply PT0S"), events.lines());
  }

  @Test
  void anItemStillEchoedAfterItsRetriesFailsWithTheReason() throws Exception {
    BatchReply reply = run(backend("باقري", Integer.MAX_VALUE), batch(Fixtures.sentence(1), Fixtures.sentence(2)));

    assertEquals(2, sent.size(), "the batch, then the echoed item once alone");
    assertInstanceOf(Outcome.Translated.class, reply.outcomes().get(0));
    assertEquals(new Outcome.Failed("not a translation: the reply repeats the Arabic source (asked 2 times)", "scripted", "m1"),
        reply.outcomes().get(1));
  }

  @Test
  void failedOutcomesPassUntouched() throws Exception {
    Middleware down = chain -> BatchReply.failed(chain.batch(), "backend stopped: quota", "scripted", "m1");

    BatchReply reply = run(down, batch(Fixtures.sentence(0)));

    assertEquals(new Outcome.Failed("backend stopped: quota", "scripted", "m1"), reply.outcomes().get(0));
    assertEquals(List.of(), events.lines());
  }
}
