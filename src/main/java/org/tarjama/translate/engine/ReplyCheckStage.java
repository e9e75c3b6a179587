package org.tarjama.translate.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.Outcome;
import org.tarjama.translate.ReplyCheck;
import org.tarjama.translate.TranslationItem;

/**
 * Keeps only real translations, for every backend: each translated item of a reply passes {@link ReplyCheck}
 * before the memory above stores it or anyone counts it. A rejected item is asked again on its own (the good
 * items of its batch are kept), up to {@code asks} times in all; if it is still rejected it fails with the reason.
 */
final class ReplyCheckStage implements Middleware {

  static final String REJECTED = "rejected-reply";

  private final int asks;
  private final String backend;
  private final String model;
  private final EngineListener events;

  ReplyCheckStage(int asks, String backend, String model, EngineListener events) {
    if (asks < 1) throw new IllegalArgumentException("a segment is asked at least once");
    this.asks = asks;
    this.backend = backend;
    this.model = model;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) throws BackendException {
    Batch batch = chain.batch();
    List<Outcome> outcomes = new ArrayList<>(chain.proceed(batch).outcomes());
    for (int i = 0; i < outcomes.size(); i++) {
      TranslationItem item = batch.items().get(i);
      Optional<String> problem = problem(item, outcomes.get(i));
      if (problem.isPresent()) outcomes.set(i, askAlone(chain, item, problem.get()));
    }
    return new BatchReply(outcomes);
  }

  private Outcome askAlone(Chain chain, TranslationItem item, String problem) throws BackendException {
    String last = problem;
    for (int ask = 2; ask <= asks; ask++) {
      events.retrying(REJECTED, Duration.ZERO);
      Outcome again = chain.proceed(new Batch(List.of(item))).outcomes().get(0);
      Optional<String> still = problem(item, again);
      if (still.isEmpty()) return again;
      last = still.get();
    }
    return new Outcome.Failed("not a translation: " + last + " (asked " + asks + (asks == 1 ? " time)" : " times)"),
        backend, model);
  }

  private static Optional<String> problem(TranslationItem item, Outcome outcome) {
    return outcome instanceof Outcome.Translated t ? ReplyCheck.problem(item.text(), t.text()) : Optional.empty();
  }
}
