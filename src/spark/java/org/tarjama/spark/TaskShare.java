package org.tarjama.spark;

import java.io.Serializable;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.tarjama.translate.engine.BackendTerms;
import org.tarjama.translate.engine.TermsOverride;

/**
 * One task's share of the backend's rate limits: the cluster-wide limit divided by the tasks that can run at once,
 * so all of them together stay under it.
 */
record TaskShare(double requestsPerSecond, long charactersPerMinute) implements Serializable {

  static TaskShare of(BackendTerms cluster, int slots) {
    double rps = cluster.limitsRequests() ? cluster.requestsPerSecond() / slots : Double.POSITIVE_INFINITY;
    long cpm = cluster.limitsCharacters() ? Math.max(1, cluster.charactersPerMinute() / slots) : Long.MAX_VALUE;
    return new TaskShare(rps, cpm);
  }

  TermsOverride override() {
    return new TermsOverride(OptionalDouble.of(requestsPerSecond), OptionalLong.of(charactersPerMinute),
        OptionalDouble.empty());
  }
}
