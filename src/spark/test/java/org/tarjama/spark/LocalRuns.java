package org.tarjama.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.io.InputOptions;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.translate.engine.EngineOptions;

/** What the job's tests compare: a local Spark on loopback only, and tarjama translate on the same inputs. */
final class LocalRuns {

  private LocalRuns() {
  }

  /** A local-mode session on {@code master} that listens on 127.0.0.1 only, with no web UI. */
  static SparkSession.Builder spark(String master, String name) {
    return SparkSession.builder().master(master).appName(name)
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
  }

  /** {@code tarjama translate INPUT --out OUT} through the LibreTranslate server at {@code endpoint}, no memory. */
  static RunReport translate(Path input, Path out, String endpoint, InputOptions reading) {
    TranslateOptions options = TranslateOptions.builder(List.of(input.toString())).out(out).backend("libretranslate")
        .endpoint(endpoint).input(reading).engine(EngineOptions.builder().memory(MemoryLocation.none()).build())
        .build();
    try {
      return Tarjama.translate(options, RunListener.NONE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
