package org.tarjama.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.pipeline.RunListener;
import org.tarjama.pipeline.RunReport;
import org.tarjama.translate.engine.EngineOptions;

/**
 * A whole translate run against a {@link FakeLibreServer}, as a program a test can start in its own JVM and kill:
 * {@code LoopbackRun --endpoint URL --tm FILE|none --out DIR [--concurrency N] [--batch N] [--rss] INPUT...}.
 * Exits 0 when every segment was translated, 1 when some failed. With {@code --rss} it prints the process's peak
 * resident memory (VmHWM) last.
 */
public final class LoopbackRun {

  private LoopbackRun() {
  }

  public static void main(String[] args) throws IOException {
    boolean rss = List.of(args).contains("--rss");
    RunReport report = run(args);
    System.out.println("segments " + report.counts().segments() + ", failed " + report.counts().failures()
        + ", requests " + report.engine().requests());
    if (rss) System.out.println(peakResidentMemory());
    System.exit(report.hasFailures() ? 1 : 0);
  }

  static RunReport run(String[] args) throws IOException {
    String endpoint = "";
    String tm = "none";
    Path out = Path.of("out");
    int concurrency = 2;
    int batch = 5;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--endpoint" -> endpoint = args[++i];
        case "--tm" -> tm = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--rss" -> { }
        default -> inputs.add(args[i]);
      }
    }
    EngineOptions engine = EngineOptions.builder().concurrency(concurrency)
        .memory(tm.equals("none") ? MemoryLocation.none() : MemoryLocation.file(Path.of(tm))).build();
    TranslateOptions options = TranslateOptions.builder(inputs).out(out).backend(LoopbackTranslator.NAME).engine(engine).build();
    try (LoopbackTranslator translator = new LoopbackTranslator(endpoint, batch, concurrency)) {
      return Tarjama.translate(options, translator, RunListener.NONE);
    }
  }

  /** The VmHWM line of /proc/self/status (Linux), e.g. {@code VmHWM:   123456 kB}. */
  static String peakResidentMemory() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
        .findFirst().orElse("VmHWM: unknown");
  }
}
