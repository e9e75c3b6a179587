package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.export.OutputSet;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.libretranslate.FakeLibreTranslate;

/** What a run learns from the server about batch sizes, and what it does when nothing answers. */
class BackendLimitsAndReachabilityTest {

  @TempDir
  Path dir;

  private record Result(int exit, String err) {
  }

  private static Result tarjama(String... args) {
    StringWriter err = new StringWriter();
    int exit = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    return new Result(exit, err.toString());
  }

  @Test
  void aLibreTranslateThatAcceptsTwentyItemsTranslatesAThousandSegmentsAndTheRunSaysWhatItLearnt() throws Exception {
    Path in = dir.resolve("in");
    SyntheticArticles.fromSeeds(Path.of("seeds")).write(in, 100, 10);
    Path out = dir.resolve("out");
    try (FakeLibreServer lt = FakeLibreServer.start(Duration.ZERO, 20, request -> FakeLibreServer.Fault.NONE, true)) {
      Result run = tarjama("translate", in.toString(), "--backend", "libretranslate", "--endpoint", lt.url(),
          "--no-tm", "--out", out.toString());

      assertEquals(ExitCodes.OK, run.exit(), run.err());
      List<String> pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS), StandardCharsets.UTF_8);
      assertEquals(1000, pairs.size());
      for (String line : pairs) assertEquals("ok", Json.MAPPER.readTree(line).path("status").asText(), line);
      JsonNode report = Json.MAPPER.readTree(out.resolve(OutputSet.RUN).toFile());
      assertEquals(20, report.path("engine").path("learntLimits").path("max-items").asInt(), report.toString());
      assertTrue(run.err().contains("sending at most max-items=20 for the rest of the run (pass -o max-items=20"), run.err());
      // once learnt, only requests already sent go over the limit: at most one per request slot (2 × concurrency 4)
      long refused = lt.log().stream().filter(r -> r.texts().size() > 20).count();
      assertTrue(refused >= 1 && refused <= 8, refused + " requests over the limit");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void nothingListeningOnTheEndpointIsExitThreeNamingTheAddressAndWhatToDo() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }

    Result run = tarjama("translate", "seeds", "--backend", "libretranslate", "--endpoint", "http://127.0.0.1:" + port,
        "--no-tm", "--out", dir.resolve("out").toString());

    assertEquals(ExitCodes.UNAVAILABLE, run.exit(), run.err());
    assertEquals("tarjama: libretranslate: nothing answers at http://127.0.0.1:" + port + " (connection refused):"
        + " start the libretranslate server there, or pass --endpoint with its address", run.err().strip());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aBackendThatGoesAwayMidRunIsWaitedForThenGivenUpWithTheFinishedWorkWritten() throws Exception {
    Path out = dir.resolve("out");
    MockWebServer server = new MockWebServer();
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (requests.incrementAndGet() > 1) {
          // the server goes away: this request is cut and nothing listens any more
          new Thread(() -> {
            try {
              server.shutdown();
            } catch (IOException ignored) {
              // already gone
            }
          }).start();
          return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
        }
        try {
          StringBuilder reply = new StringBuilder("{\"translatedText\":[");
          JsonNode q = Json.MAPPER.readTree(request.getBody().readUtf8()).path("q");
          for (int i = 0; i < q.size(); i++) {
            reply.append(i == 0 ? "" : ",").append(Json.MAPPER.writeValueAsString(FakeLibreTranslate.translationOf(q.get(i).asText())));
          }
          return new MockResponse().setHeader("Content-Type", "application/json").setBody(reply + "]}");
        } catch (IOException e) {
          return new MockResponse().setResponseCode(400);
        }
      }
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getPort();

    Result run = tarjama("translate", "seeds", "--backend", "libretranslate", "--endpoint", url, "-o", "max-items=10",
        "--concurrency", "1", "--wait-for-backend", "3", "--no-tm", "--out", out.toString());

    assertEquals(ExitCodes.UNAVAILABLE, run.exit(), run.err());
    assertTrue(run.err().contains("tarjama: libretranslate: nothing answers at " + url + " (connection refused): start the"
        + " libretranslate server there, or pass --endpoint with its address; waiting for it to come back, 0 s of at most"
        + " 3 s (--wait-for-backend)"), run.err());
    assertTrue(run.err().contains("giving the backend up"), run.err());
    List<String> pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS), StandardCharsets.UTF_8);
    long ok = pairs.stream().filter(p -> p.contains("\"status\":\"ok\"")).count();
    assertEquals(10, ok, "the first request's translations are written");
    assertEquals(ok, Files.readAllLines(out.resolve(OutputSet.MOSES_EN)).size());
    for (String line : pairs) {
      if (!line.contains("\"status\":\"ok\"")) {
        assertTrue(line.contains("did not come back within 3 s (--wait-for-backend)"), line);
      }
    }
  }
}
