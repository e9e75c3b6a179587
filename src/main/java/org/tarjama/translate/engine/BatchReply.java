package org.tarjama.translate.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tarjama.translate.Outcome;

/** One outcome per item of a {@link Batch}, in the same order. */
public record BatchReply(List<Outcome> outcomes) {

  public BatchReply {
    outcomes = List.copyOf(outcomes);
  }

  /** Every item of {@code batch} failed for {@code reason}. */
  public static BatchReply failed(Batch batch, String reason, String backend, String model) {
    return new BatchReply(Collections.nCopies(batch.size(), new Outcome.Failed(reason, backend, model)));
  }

  /** The outcomes of two consecutive parts of a batch, as one reply. */
  public static BatchReply join(BatchReply first, BatchReply second) {
    List<Outcome> all = new ArrayList<>(first.outcomes.size() + second.outcomes.size());
    all.addAll(first.outcomes);
    all.addAll(second.outcomes);
    return new BatchReply(all);
  }

  public long failures() {
    return outcomes.stream().filter(o -> o instanceof Outcome.Failed).count();
  }
}
