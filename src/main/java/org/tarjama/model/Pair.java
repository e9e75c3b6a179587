package org.tarjama.model;

import java.util.Objects;

/**
 * An aligned Arabic–English pair. A failed pair has an empty {@code en} and a reason; it is never
 * filled with the source text.
 */
public record Pair(SegmentId id, String ar, String en, String backend, String model, PairStatus status,
                   String reason, Quality quality) {

  public Pair {
    Objects.requireNonNull(id);
    if (status == PairStatus.FAILED && !en.isEmpty()) {
      throw new IllegalArgumentException("failed pair " + id + " must not carry a translation");
    }
    if (status == PairStatus.FAILED && reason.isBlank()) {
      throw new IllegalArgumentException("failed pair " + id + " needs a reason");
    }
  }

  public static Pair ok(SegmentId id, String ar, String en, String backend, String model) {
    return new Pair(id, ar, en, backend, model, PairStatus.OK, "", Quality.none());
  }

  public static Pair failed(SegmentId id, String ar, String backend, String model, String reason) {
    return new Pair(id, ar, "", backend, model, PairStatus.FAILED, reason, Quality.none());
  }

  public boolean isOk() {
    return status == PairStatus.OK;
  }

  public Pair withQuality(Quality newQuality) {
    return new Pair(id, ar, en, backend, model, status, reason, newQuality);
  }
}
