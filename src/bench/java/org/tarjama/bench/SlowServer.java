package org.tarjama.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Python LibreTranslate-shaped server of {@code src/bench/python}, in its own process. */
final class SlowServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private SlowServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the server with {@code sleepMillis} per request and at most {@code maxItems} items a request. */
  static SlowServer start(Path work, int sleepMillis, int maxItems) throws IOException, InterruptedException {
    Path portFile = work.resolve("server.port");
    Path log = work.resolve("server.log");
    Files.deleteIfExists(portFile);
    Path script = Path.of("src", "bench", "python", "slow_libretranslate.py").toAbsolutePath();
    Process process = new ProcessBuilder(List.of("python3", script.toString(), portFile.toString(), "" + sleepMillis,
        "" + maxItems)).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    for (int i = 0; i < 200 && !Files.exists(portFile); i++) Thread.sleep(50);
    if (!Files.exists(portFile)) {
      process.destroyForcibly();
      throw new IOException("the Python server did not start");
    }
    return new SlowServer(process, Integer.parseInt(Files.readString(portFile).strip()), log);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** One line per request answered so far: start and end (seconds), items, characters. */
  List<String> requests() throws IOException {
    return Files.readAllLines(log);
  }

  @Override
  public void close() {
    process.destroy();
  }
}
