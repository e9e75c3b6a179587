package org.tarjama.translate.engine;

import java.util.Collections;
import org.tarjama.translate.Outcome;

/** The last stage of a dry run: counts the request it would send and answers with a placeholder. */
final class DryRunBackend implements Middleware {

  static final String PLACEHOLDER = "[dry run: not sent]";

  private final String backend;
  private final String model;
  private final EngineListener events;

  DryRunBackend(String backend, String model, EngineListener events) {
    this.backend = backend;
    this.model = model;
    this.events = events;
  }

  @Override
  public BatchReply intercept(Chain chain) {
    events.requestSent(chain.batch().size(), chain.batch().characters());
    events.replyReceived(chain.batch().size(), java.time.Duration.ZERO);
    return new BatchReply(Collections.nCopies(chain.batch().size(), new Outcome.Translated(PLACEHOLDER, backend, model)));
  }
}
