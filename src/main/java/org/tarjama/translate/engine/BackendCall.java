package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.Translator;

/**
 * The last stage: one call to the backend, bounded by the request timeout (or the batch's deadline when that
 * comes first), whose reply must hold one non-blank translation per item.
 */
final class BackendCall implements Middleware {

  private final Translator translator;
  private final Duration timeout;
  private final ExecutorService calls;
  private final EngineClock clock;
  private final EngineListener events;

  BackendCall(Translator translator, Duration timeout, ExecutorService calls, EngineClock clock, EngineListener events) {
    this.translator = translator;
    this.timeout = timeout;
    this.calls = calls;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    Batch batch = chain.batch();
    Duration limit = timeout.compareTo(chain.deadline().remaining(clock)) < 0 ? timeout : chain.deadline().remaining(clock);
    events.requestSent(batch.size(), batch.characters());
    long start = System.nanoTime();
    List<String> translations;
    try {
      translations = call(batch, limit);
    } finally {
      events.replyReceived(batch.size(), Duration.ofNanos(System.nanoTime() - start));
    }
    return reply(batch, translations);
  }

  private List<String> call(Batch batch, Duration limit) throws BackendException {
    Future<List<String>> call = calls.submit(() -> translator.translate(batch.items()));
    try {
      return call.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw BackendException.Transient.noReply(translator.name(), "no reply within " + seconds(limit));
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new BackendException.Transient(translator.name(), "interrupted while waiting for the reply");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BackendException b) throw b;
      if (cause instanceof Error error) throw error;
      // a bug or an unexpected reply inside the backend: fail these segments, keep the run going
      throw new BackendException.Permanent(translator.name(), "unexpected error in the backend: " + cause, false);
    }
  }

  private BatchReply reply(Batch batch, List<String> translations) throws BackendException.MalformedReply {
    if (translations.size() != batch.size()) {
      throw new BackendException.MalformedReply(translator.name(),
          "returned " + translations.size() + " translations for " + batch.size() + " segments");
    }
    List<Outcome> outcomes = new ArrayList<>(translations.size());
    for (int i = 0; i < translations.size(); i++) {
      String text = translations.get(i);
      // an empty answer for a non-blank sentence is a dropped item, not a translation worth keeping
      if (text == null || text.isBlank()) {
        throw new BackendException.MalformedReply(translator.name(), "returned no text for segment " + batch.items().get(i).key());
      }
      outcomes.add(new Outcome.Translated(text, translator.name(), translator.model()));
    }
    return new BatchReply(outcomes);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
