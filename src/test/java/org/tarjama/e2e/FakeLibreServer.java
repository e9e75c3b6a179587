package org.tarjama.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.tarjama.translate.pseudo.PseudoTranslator;

/**
 * A loopback server speaking LibreTranslate's batch wire shape ({@code POST /translate} with {@code "q": [...]}),
 * answering each text with its pseudo-translation after a fixed latency. It can refuse batches over a limit, inject
 * faults, keep a log of what it was asked and answered, and hold requests unanswered (to kill a client mid-run).
 */
public final class FakeLibreServer implements AutoCloseable {

  /** What the server does with one request. */
  public enum Fault { NONE, RATE_LIMITED, SERVER_ERROR, DROP_CONNECTION, SLOW, WRONG_COUNT }

  /** Chooses a request's fault from its 1-based number. */
  @FunctionalInterface
  public interface FaultPlan {
    Fault faultOf(int request);
  }

  /** One request: its texts, its fault, and whether the server sent the translations. */
  public record Request(int number, List<String> texts, Fault fault, boolean answered) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: +40 ms a request
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Duration latency;
  private final int batchLimit;
  private final FaultPlan faults;
  private final boolean keepLog;
  private final AtomicInteger count = new AtomicInteger();
  private final List<Request> arrivals = new ArrayList<>();
  private final Set<Integer> answered = new HashSet<>();
  private volatile int answerFirst = Integer.MAX_VALUE;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger held = new AtomicInteger();

  private FakeLibreServer(Duration latency, int batchLimit, FaultPlan faults, boolean keepLog) throws IOException {
    this.latency = latency;
    this.batchLimit = batchLimit;
    this.faults = faults;
    this.keepLog = keepLog;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/translate", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  public static FakeLibreServer start(Duration latency, int batchLimit, FaultPlan faults, boolean keepLog)
      throws IOException {
    return new FakeLibreServer(latency, batchLimit, faults, keepLog);
  }

  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** Answers the first {@code n} requests, then holds every later one without an answer until {@link #release()}. */
  public void answerOnly(int n) {
    answerFirst = n;
  }

  /** Lets held requests go (without an answer: their client is gone) and answers from now on. */
  public void release() {
    answerFirst = Integer.MAX_VALUE;
    release.countDown();
  }

  public int held() {
    return held.get();
  }

  public int requests() {
    return count.get();
  }

  /** Every request in order of arrival (when the log is kept). */
  public synchronized List<Request> log() {
    return arrivals.stream().map(r -> new Request(r.number(), r.texts(), r.fault(), answered.contains(r.number()))).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      int number = count.incrementAndGet();
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      List<String> texts = new ArrayList<>();
      body.path("q").forEach(q -> texts.add(q.asText()));
      if (number > answerFirst) {
        arrived(number, texts, Fault.NONE);
        held.incrementAndGet();
        awaitRelease();
        return;
      }
      Fault fault = faults.faultOf(number);
      arrived(number, texts, fault);
      sleep(fault == Fault.SLOW ? latency.multipliedBy(20).plusSeconds(1) : latency);
      if (batchLimit > 0 && texts.size() > batchLimit) {
        send(exchange, 400, "{\"error\":\"Invalid request: request (" + texts.size() + ") exceeds text limit (" + batchLimit + ")\"}");
      } else {
        switch (fault) {
          case RATE_LIMITED -> {
            exchange.getResponseHeaders().add("Retry-After", "2");
            send(exchange, 429, "{\"error\":\"Slowdown: 60 per 1 minute\"}");
          }
          case SERVER_ERROR -> send(exchange, 500, "{\"error\":\"translation failed\"}");
          case DROP_CONNECTION -> {
            // no status line: the server closes the connection and the client sees it end mid-exchange
            throw new IOException("dropping the connection on purpose");
          }
          case WRONG_COUNT -> send(exchange, 200, answer(texts.subList(0, texts.size() - 1)));
          default -> send(exchange, 200, answer(texts));
        }
      }
      if (fault == Fault.NONE || fault == Fault.SLOW) answered(number);
    }
  }

  private synchronized void arrived(int number, List<String> texts, Fault fault) {
    if (keepLog) arrivals.add(new Request(number, List.copyOf(texts), fault, false));
  }

  private synchronized void answered(int number) {
    if (keepLog) answered.add(number);
  }

  private static String answer(List<String> texts) throws IOException {
    ObjectNode reply = JSON.createObjectNode();
    texts.forEach(t -> reply.withArray("translatedText").add(PseudoTranslator.forward(t)));
    if (texts.isEmpty()) reply.putArray("translatedText");
    return JSON.writeValueAsString(reply);
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
