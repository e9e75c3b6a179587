package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.pipeline.RunListener;
import org.tarjama.config.ConfigException;
import org.tarjama.translate.BackendUnavailableException;

/** A translate run (by default of the five seed articles) with the pseudo backend, as the export and review tests read it. */
public final class SeedRun {

  public static final Path SEEDS = Path.of("seeds");

  private SeedRun() {
  }

  public static Path into(Path out) throws IOException {
    return into(SEEDS, out);
  }

  /** A pseudo-backend translate run of {@code input} into {@code out}. */
  public static Path into(Path input, Path out) throws IOException {
    try {
      Tarjama.translate(TranslateOptions.builder(List.of(input.toString())).out(out).backend("pseudo").build(), RunListener.NONE);
    } catch (BackendUnavailableException | ConfigException e) {
      throw new IllegalStateException("the pseudo backend is always there", e);
    }
    return out;
  }
}
