package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.pipeline.RunListener;
import org.tarjama.config.ConfigException;
import org.tarjama.translate.BackendUnavailableException;

/** A translate run of the five seed articles with the pseudo backend, as the export and review tests read it. */
public final class SeedRun {

  public static final Path SEEDS = Path.of("seeds");

  private SeedRun() {
  }

  public static Path into(Path out) throws IOException {
    try {
      Tarjama.translate(TranslateOptions.builder(List.of(SEEDS.toString())).out(out).backend("pseudo").build(), RunListener.NONE);
    } catch (BackendUnavailableException | ConfigException e) {
      throw new IllegalStateException("the pseudo backend is always there", e);
    }
    return out;
  }
}
