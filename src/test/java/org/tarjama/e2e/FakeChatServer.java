package org.tarjama.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.tarjama.translate.http.Json;
import org.tarjama.translate.libretranslate.FakeLibreTranslate;

/**
 * A loopback OpenAI-compatible chat-completions server that translates every item of the prompt's JSON as
 * {@link FakeLibreTranslate#translationOf} does, and records the texts of each request.
 */
final class FakeChatServer implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final List<List<String>> requests = new ArrayList<>();

  private FakeChatServer() {
  }

  static FakeChatServer start() throws IOException {
    FakeChatServer fake = new FakeChatServer();
    fake.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return fake.answer(request);
      }
    });
    fake.server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    return fake;
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getPort() + "/v1";
  }

  synchronized int itemsReceived() {
    return requests.stream().mapToInt(List::size).sum();
  }

  private MockResponse answer(RecordedRequest request) {
    try {
      JsonNode body = Json.MAPPER.readTree(request.getBody().readUtf8());
      String user = body.path("messages").path(1).path("content").asText();
      String input = user.substring(user.indexOf("<translate_input>") + 17, user.indexOf("</translate_input>"));
      List<String> texts = new ArrayList<>();
      ObjectNode reply = Json.object();
      ArrayNode translations = reply.putArray("translations");
      for (JsonNode item : Json.MAPPER.readTree(input).path("items")) {
        texts.add(item.path("text").asText());
        translations.addObject().put("id", item.path("id").asText())
            .put("en", FakeLibreTranslate.translationOf(item.path("text").asText()));
      }
      synchronized (this) {
        requests.add(texts);
      }
      ObjectNode completion = Json.object();
      completion.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
          .put("role", "assistant").put("content", Json.MAPPER.writeValueAsString(reply));
      return new MockResponse().setHeader("Content-Type", "application/json")
          .setBody(Json.MAPPER.writeValueAsString(completion));
    } catch (IOException | RuntimeException e) {
      return new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"" + e + "\"}}");
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
