package org.tarjama.pipeline;

import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;

/** Observes a run without changing it (progress, stderr reports). */
public interface RunListener {

  /** The inputs were listed: {@code files} articles will be read (fewer if some are skipped). */
  default void inputsFound(int files) {
  }

  default void skipped(Skipped skipped) {
  }

  /** An article is translated, but reading had to repair its text (invalid bytes, NULs). */
  default void repaired(RepairedInput repaired) {
  }

  /** {@code --backend auto} chose a backend; {@code reason} says which and why. */
  default void backendChosen(String reason) {
  }

  /** Something the user should know that is not a problem of one input, e.g. a stale lock taken over. */
  default void notice(String message) {
  }

  default void articleWritten(Article article, java.util.List<Pair> pairs) {
  }

  RunListener NONE = new RunListener() { };
}
