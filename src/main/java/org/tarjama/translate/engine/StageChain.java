package org.tarjama.translate.engine;

import java.util.List;
import org.tarjama.translate.BackendException;

/** The chain that runs a list of stages in order and checks each stage's reply, naming the stage at fault. */
final class StageChain implements Middleware.Chain {

  private final List<Middleware> stages;
  private final int next;
  private final Batch batch;
  private final int attempt;
  private final Deadline deadline;

  private StageChain(List<Middleware> stages, int next, Batch batch, int attempt, Deadline deadline) {
    this.stages = stages;
    this.next = next;
    this.batch = batch;
    this.attempt = attempt;
    this.deadline = deadline;
  }

  /** Runs {@code batch} through every stage. */
  static BatchReply run(List<Middleware> stages, Batch batch, Deadline deadline) throws BackendException {
    return new StageChain(List.copyOf(stages), 0, batch, 1, deadline).proceed(batch);
  }

  @Override
  public Batch batch() {
    return batch;
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public Deadline deadline() {
    return deadline;
  }

  @Override
  public Middleware.Chain withAttempt(int newAttempt) {
    if (newAttempt < 1) throw new IllegalArgumentException("attempt " + newAttempt + " from " + caller());
    return new StageChain(stages, next, batch, newAttempt, deadline);
  }

  @Override
  public BatchReply proceed(Batch request) throws BackendException {
    if (next >= stages.size()) throw new IllegalStateException(caller() + " called proceed() but no stage follows it");
    Middleware stage = stages.get(next);
    BatchReply reply = stage.intercept(new StageChain(stages, next + 1, request, attempt, deadline));
    if (reply.outcomes().size() != request.size()) {
      throw new IllegalStateException(name(stage) + " returned " + reply.outcomes().size() + " outcomes for a batch of "
          + request.size());
    }
    return reply;
  }

  private String caller() {
    return next == 0 ? "the engine" : name(stages.get(next - 1));
  }

  private static String name(Middleware stage) {
    String simple = stage.getClass().getSimpleName();
    return "stage " + (simple.isEmpty() ? stage.getClass().getName() : simple);
  }
}
