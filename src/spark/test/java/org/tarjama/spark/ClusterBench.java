package org.tarjama.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.e2e.FakeLibreServer;
import org.tarjama.e2e.SyntheticArticles;

/**
 * The standalone-cluster benchmark's helpers (src/bench/spark/standalone-cluster.sh), run as their own JVMs:
 * {@code serve PORTFILE} runs a loopback translation server until killed; {@code articles DIR N} writes N articles
 * from the seeds' sentences; {@code bulk DIR MB TSV...} writes about MB megabytes of articles from PUD sentences.
 */
public final class ClusterBench {

  private ClusterBench() {
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "serve" -> {
        try (FakeLibreServer server = FakeLibreServer.start(Duration.ZERO, 0, n -> FakeLibreServer.Fault.NONE, false)) {
          Files.writeString(Path.of(args[1]), server.url());
          Thread.sleep(Long.MAX_VALUE);
        }
      }
      case "articles" -> SyntheticArticles.fromSeeds(Path.of("seeds")).write(Path.of(args[1]), Integer.parseInt(args[2]), 4);
      case "bulk" -> bulk(Path.of(args[1]), Long.parseLong(args[2]) << 20, args);
      default -> throw new IllegalArgumentException("serve PORTFILE | articles DIR N | bulk DIR MB TSV...");
    }
  }

  /** Articles of 12 paragraphs of 3 PUD sentences each, every sentence numbered so none repeats. */
  private static void bulk(Path folder, long bytes, String[] args) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length >= 3 && !cols[0].equals("doc_id")) sentences.add(cols[2]);
      }
    }
    Files.createDirectories(folder);
    long written = 0;
    long n = 0;
    for (int article = 0; written < bytes; article++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 12; p++) {
        for (int s = 0; s < 3; s++) {
          text.append(sentences.get((int) (n % sentences.size()))).append(" (").append(n).append(") ");
          n++;
        }
        text.append("\n\n");
      }
      byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
      Path dir = folder.resolve(String.format("%03d", article / 1000));
      Files.createDirectories(dir);
      try (Writer w = Files.newBufferedWriter(dir.resolve(String.format("a%07d.txt", article)), StandardCharsets.UTF_8)) {
        w.write(text.toString());
      }
      written += b.length;
    }
  }
}
