package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class WireLogTest {

  @Test
  void credentialQueryParametersAreMasked() {
    assertEquals("https://translation.googleapis.com/language/translate/v2?key=***&alt=json",
        WireLog.shown(HttpUrl.get("https://translation.googleapis.com/language/translate/v2?key=" + Fixtures.KEY
            + "&alt=json")));
  }

  @Test
  void logsMethodUrlAndStatusButNeverHeadersOrCredentials() throws Exception {
    try (MockWebServer server = new MockWebServer(); LogCapture logs = new LogCapture()) {
      server.enqueue(new MockResponse().setBody("{}"));
      var client = Transport.client("demo", Duration.ofSeconds(5), List.of(new AuthQuery("key", Fixtures.KEY),
          new AuthHeaders(Map.of("Authorization", "Bearer " + Fixtures.KEY))));
      try (Response response = client.newCall(new Request.Builder().url(server.url("/v2/translate")).build()).execute()) {
        assertEquals(200, response.code());
      }
      assertEquals("Bearer " + Fixtures.KEY, server.takeRequest().getHeader("Authorization"));
      String line = String.join("", logs.lines());
      assertTrue(line.contains("demo: GET " + server.url("/v2/translate") + " -> 200 in "), line);
      assertTrue(!line.contains(Fixtures.KEY) && !line.contains("Authorization"), line);
    }
  }
}
