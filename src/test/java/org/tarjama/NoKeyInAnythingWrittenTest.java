package org.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.cli.Cli;
import org.tarjama.cli.ExitCodes;
import org.tarjama.translate.libretranslate.FakeLibreTranslate;

/**
 * A recognisable fake key, given the way a user would (a config file's secrets), must not appear in any file a
 * run writes, nor on stdout or stderr, whether the backend accepts it or fails while echoing it back.
 */
class NoKeyInAnythingWrittenTest {

  private static final String KEY = "lt-TEST-SECRET-7f3a9c41d2";

  @TempDir
  Path dir;

  private Path configWithKey() throws Exception {
    Path config = dir.resolve("tarjama.yaml");
    Files.writeString(config, "secrets:\n  LIBRETRANSLATE_API_KEY: \"" + KEY + "\"\n");
    return config;
  }

  private String run(String endpoint, Path out, int expectedExit) throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Cli.create(new PrintWriter(stdout, true), new PrintWriter(stderr, true)).execute("translate", "seeds",
        "--backend", "libretranslate", "--endpoint", endpoint, "--config", configWithKey().toString(),
        "--out", out.toString());
    assertEquals(expectedExit, exit, stderr.toString());
    return stdout + "\n" + stderr;
  }

  private static void assertKeyNowhere(Path out, String console) throws Exception {
    assertFalse(console.contains(KEY), console);
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(KEY), "key written to " + file);
      }
    }
  }

  @Test
  void keyUsedForASuccessfulRunIsInNoOutput() throws Exception {
    Path out = dir.resolve("ok");
    try (FakeLibreTranslate lt = FakeLibreTranslate.start(KEY, -1, -1)) {
      String console = run(lt.url(), out, ExitCodes.OK);
      assertKeyNowhere(out, console);
      assertTrue(Files.readString(out.resolve("pairs.jsonl")).contains("\"status\":\"ok\""));
    }
  }

  @Test
  void keyEchoedByAFailingServerIsInNoOutputOrMessage() throws Exception {
    Path out = dir.resolve("failing");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setResponseCode(403)
              .setBody("{\"error\":\"Invalid API key: " + KEY + "\"}");
        }
      });
      server.start();
      String console = run(server.url("/").toString(), out, ExitCodes.FAILURES);
      assertKeyNowhere(out, console);
      List<String> pairs = Files.readAllLines(out.resolve("pairs.jsonl"));
      assertTrue(pairs.stream().allMatch(p -> p.contains("\"status\":\"failed\"")), pairs.get(0));
      assertTrue(pairs.get(0).contains("Invalid API key: ***"), "the server's message is kept, the key is not: " + pairs.get(0));
    }
  }

  @Test
  void credentialsInTheEndpointAreRefusedBeforeAnythingIsSentOrWritten() throws Exception {
    String password = "pw-TEST-SECRET-55e1c0";
    Path out = dir.resolve("creds");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setResponseCode(500).setBody("{\"error\":\"down\"}");
        }
      });
      server.start();
      String endpoint = "http://alice:" + password + "@127.0.0.1:" + server.getPort() + "/";
      String console = run(endpoint, out, ExitCodes.UNAVAILABLE);
      assertFalse(console.contains(password), console);
      assertTrue(console.contains("libretranslate: endpoint http://127.0.0.1:" + server.getPort()
          + "/ is given with a user name and password (user:pass@), which tarjama does not send"), console);
      assertEquals(0, server.getRequestCount());
    }
    assertFalse(Files.exists(out.resolve("pairs.jsonl")));
  }
}
