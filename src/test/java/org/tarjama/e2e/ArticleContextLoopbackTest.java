package org.tarjama.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.memory.MemoryLocation;
import org.tarjama.model.Article;
import org.tarjama.model.Segment;
import org.tarjama.pipeline.RunListener;
import org.tarjama.translate.engine.EngineOptions;

/**
 * Issue 12 point 4: a loopback OpenAI-compatible server records what each request carries: one article's
 * sentences, in the article's order, with the sentences around them as context.
 */
class ArticleContextLoopbackTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one chat request carried: its items' texts and its context lines. */
  record Request(List<String> items, List<String> context, String system) {
  }

  /** Answers every chat completion with one English line per item, recording what came in. */
  static final class RecordingLlm extends Dispatcher {
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        JsonNode messages = JSON.readTree(request.getBody().readUtf8()).path("messages");
        String user = messages.path(1).path("content").asText();
        JsonNode input = JSON.readTree(user.substring(user.indexOf('{'), user.lastIndexOf("</translate_input>")));
        List<String> items = new ArrayList<>();
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode translations = reply.putArray("translations");
        for (JsonNode item : input.path("items")) {
          items.add(item.path("text").asText());
          String text = item.path("text").asText();
          String en = text.equals("باقري") ? "Bagheri" : text.equals("أيوب") ? "Ayoub"
              : "The minister said the agreement was signed in the capital on Wednesday.";
          translations.addObject().put("id", item.path("id").asText()).put("en", en);
        }
        requests.add(new Request(items, input.path("context").asText().lines().toList(),
            messages.path(0).path("content").asText()));
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion");
        body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
            .putObject("message").put("role", "assistant").put("content", reply.toString());
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
      } catch (Exception e) {
        return new MockResponse().setResponseCode(400).setBody(e.toString());
      }
    }
  }

  @Test
  void eachRequestCarriesOneArticlesSentencesInOrderWithTheirNeighboursAsContext(@TempDir Path out) throws Exception {
    Map<String, List<String>> articles = new HashMap<>();
    Map<String, String> articleOf = new HashMap<>();
    for (Iterator<Article> it = Tarjama.segment(List.of("seeds"), s -> { }); it.hasNext(); ) {
      Article article = it.next();
      List<String> texts = article.segments().stream().map(Segment::text).toList();
      articles.put(article.id(), texts);
      texts.forEach(t -> articleOf.put(t, article.id()));
    }
    RecordingLlm llm = new RecordingLlm();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(llm);
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      Tarjama.translate(TranslateOptions.builder(List.of("seeds")).out(out).backend("openai")
          .endpoint(server.url("/v1").toString()).model("loopback").backendOptions(Map.of("max-items", "6"))
          .engine(EngineOptions.builder().memory(MemoryLocation.none()).build()).build(), RunListener.NONE);
    }
    assertTrue(llm.requests.size() >= 5, "one request per article at least: " + llm.requests.size());
    int sentences = 0;
    for (Request request : llm.requests) {
      String doc = articleOf.get(request.items().get(0));
      List<String> article = articles.get(doc);
      int first = article.indexOf(request.items().get(0));
      assertEquals(article.subList(first, first + request.items().size()), request.items(),
          "one article's consecutive sentences, in order");
      if (first > 0) assertTrue(request.context().contains(article.get(first - 1)), "the sentence before the request");
      int after = first + request.items().size();
      if (after < article.size()) assertTrue(request.context().contains(article.get(after)), "the sentence after it");
      for (String line : request.context()) assertTrue(article.contains(line), "context from the same article only");
      for (String item : request.items()) assertFalse(request.context().contains(item), "no item repeated as context");
      sentences += request.items().size();
    }
    assertEquals(articles.values().stream().mapToInt(List::size).sum(), sentences);
  }

  @Test
  void anAutoGlossaryOfTheBatchsRecurringNamesGoesWithEveryRequestThatNamesThem(@TempDir Path out) throws Exception {
    RecordingLlm llm = new RecordingLlm();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(llm);
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      Tarjama.translate(TranslateOptions.builder(List.of("seeds")).out(out).backend("openai")
          .endpoint(server.url("/v1").toString()).model("loopback")
          .backendOptions(Map.of("max-items", "6", "auto-glossary", "true"))
          .engine(EngineOptions.builder().memory(MemoryLocation.none()).build()).build(), RunListener.NONE);
    }
    List<String> names = llm.requests.get(0).items();
    assertTrue(names.containsAll(List.of("باقري", "أيوب")), "the first request translates the recurring names: " + names);
    String glossary = java.nio.file.Files.readString(out.resolve("glossary.auto.tsv"));
    assertTrue(glossary.contains("باقري\tBagheri\n") && glossary.contains("أيوب\tAyoub\n"), glossary);
    int naming = 0;
    for (Request request : llm.requests.subList(1, llm.requests.size())) {
      if (request.items().stream().anyMatch(t -> t.contains("باقري"))) {
        naming++;
        assertTrue(request.system().contains("باقري → Bagheri"), request.system());
      }
    }
    assertTrue(naming >= 3, "requests naming Bagheri: " + naming);
  }
}
