package org.tarjama.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import org.tarjama.io.Skipped;
import org.tarjama.model.Article;
import org.tarjama.model.Pair;
import org.tarjama.pipeline.RepairedInput;
import org.tarjama.pipeline.RunListener;
import org.tarjama.translate.EngineReport;
import org.tarjama.translate.engine.DryRunReport;
import org.tarjama.translate.engine.EngineListener;

/**
 * Shows a run's progress on stderr: a progress bar when stderr is a terminal (articles, segments, throughput,
 * ETA, memory hits, retries), otherwise one plain line every {@code interval}. Other run events go to
 * {@code delegate}.
 */
final class ProgressReporter implements RunListener, EngineListener, AutoCloseable {

  static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

  private final PrintWriter err;
  private final RunListener delegate;
  private final boolean terminal;
  private final LongSupplier nanos;
  private final long intervalNanos;
  private final long started;
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong segments = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private volatile long total;
  private final Interval progressLines;
  private final Interval waitLines = new Interval(Long.MIN_VALUE);
  private final Interval permitLines = new Interval(Long.MIN_VALUE);
  private @Nullable ProgressBar bar;

  ProgressReporter(PrintWriter err, RunListener delegate, boolean terminal, LongSupplier nanos, Duration interval) {
    this.err = err;
    this.delegate = delegate;
    this.terminal = terminal;
    this.nanos = nanos;
    this.intervalNanos = interval.toNanos();
    this.started = nanos.getAsLong();
    this.progressLines = new Interval(started);
  }

  /** A bar if stderr looks like a terminal (a console is attached and TERM is not dumb), else plain lines. */
  static ProgressReporter forStderr(PrintWriter err, RunListener delegate) {
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new ProgressReporter(err, delegate, terminal, System::nanoTime, LOG_INTERVAL);
  }

  @Override
  public void inputsFound(int files) {
    total = files;
    delegate.inputsFound(files);
    if (terminal && files > 0) {
      bar = new ProgressBarBuilder().setTaskName("translating").setInitialMax(files).setUnit(" articles", 1)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).showSpeed().build();
    }
  }

  @Override
  public void skipped(Skipped skipped) {
    delegate.skipped(skipped);
  }

  @Override
  public void repaired(RepairedInput repaired) {
    delegate.repaired(repaired);
  }

  @Override
  public void backendChosen(String reason) {
    delegate.backendChosen(reason);
  }

  @Override
  public void notice(String message) {
    delegate.notice(message);
  }

  @Override
  public void articleWritten(Article article, List<Pair> pairs) {
    delegate.articleWritten(article, pairs);
    long done = articles.incrementAndGet();
    ProgressBar shown = bar;
    if (shown != null) {
      // the bar's end is the number of files; a JSONL file holds many articles, so past it the end is unknown
      if (done > total) shown.maxHint(-1);
      shown.stepTo(done);
      shown.setExtraMessage(" · " + details());
    } else {
      maybeLog();
    }
  }

  @Override
  public void segmentsDone(int translated, int failedSegments) {
    segments.addAndGet((long) translated + failedSegments);
    failed.addAndGet(failedSegments);
  }

  @Override
  public void memoryHits(int count) {
    hits.addAndGet(count);
  }

  @Override
  public void retrying(String cause, Duration wait) {
    retries.incrementAndGet();
    if (bar == null) maybeLog();
  }

  @Override
  public void circuitOpened(String backend, Duration openFor) {
    log("tarjama: " + backend + " keeps failing; pausing requests for " + openFor.toSeconds() + " s");
  }

  @Override
  public void backendStopped(String reason) {
    log("tarjama: backend stopped, the remaining segments will be marked failed: " + reason);
  }

  @Override
  public void limitLearnt(String option, int value) {
    log("tarjama: the server refused a batch as too large; sending at most " + option + "=" + value
        + " for the rest of the run (pass -o " + option + "=" + value + " to start there)");
  }

  @Override
  public void waitingForBackend(String problem, Duration waited, Duration bound) {
    if (!waitLines.due()) return;
    log("tarjama: " + problem + "; waiting for it to come back, " + waited.toSeconds() + " s of at most "
        + bound.toSeconds() + " s (--wait-for-backend)");
  }

  @Override
  public void waitedForPermit(Duration wait) {
    // short waits are the limit at work; a long one (a limit of a few characters a minute) would look like a hang
    if (wait.compareTo(LOG_INTERVAL) < 0) return;
    if (!permitLines.due()) return;
    log("tarjama: the next request waits " + wait.toSeconds() + " s for the rate limit (--max-requests-per-second,"
        + " --max-chars-per-minute, else the backend's own limits)");
  }

  @Override
  public void backendLost(String reason) {
    log("tarjama: giving the backend up, the remaining segments will be marked failed: " + reason);
  }

  private synchronized void maybeLog() {
    if (!progressLines.due()) return;
    long done = articles.get();
    err.println("tarjama: " + done + (total > 0 && done <= total ? "/" + total : "") + " articles, " + details());
    err.flush();
  }

  private String details() {
    double seconds = Math.max(1e-9, (nanos.getAsLong() - started) / 1e9);
    return String.format("%,d segments (%,d failed, %,d from memory), %,d retries, %,.0f segments/s",
        segments.get(), failed.get(), hits.get(), retries.get(), segments.get() / seconds);
  }

  private synchronized void log(String line) {
    // on a terminal, clear the bar's line first; the bar redraws itself below
    err.println(bar != null ? "\r\033[K" + line : line);
    err.flush();
  }

  /** One line on what the engine did: requests, memory, retries, and time on the backend against the whole. */
  void summary(EngineReport engine) {
    String causes = engine.retriesByCause().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    err.printf("tarjama: %,d requests (%,d segments, %,d characters sent), %,d from memory, %,d repeats sent once,"
            + " %,d retries%s; backend busy %.1f s of %.1f s%s%n",
        engine.requests(), engine.segmentsSent(), engine.charactersSent(), engine.memoryHits(),
        engine.duplicateSegments(), engine.retries(), causes.isEmpty() ? "" : " (" + causes + ")",
        engine.backendBusyMillis() / 1000.0, engine.engineMillis() / 1000.0,
        engine.stoppedReason().isEmpty() ? "" : "; backend stopped: " + engine.stoppedReason());
    err.flush();
  }

  /** Prints a dry run's estimate. */
  static void printEstimate(DryRunReport r, PrintWriter out) {
    out.printf("dry run with backend %s%s: nothing was sent%n", r.backend(), r.model().isEmpty() ? "" : " (" + r.model() + ")");
    out.printf("  articles            %,d%n", r.articles());
    out.printf("  segments            %,d (%,d characters)%n", r.segments(), r.characters());
    out.printf("  from memory         %,d%n", r.memoryHits());
    out.printf("  repeats sent once   %,d%n", r.duplicateSegments());
    out.printf("  to send             %,d segments, %,d characters, in %,d requests%n", r.segmentsToSend(),
        r.charactersToSend(), r.requests());
    if (r.pricePerMillionChars() > 0) {
      out.printf("  estimated cost      %.2f USD at %.2f USD per million characters%s%n", r.cost(),
          r.pricePerMillionChars(), r.examplePrice() ? " (an example list price; give yours with"
              + " --price-per-million-chars or -o price-per-million-characters)" : "");
    } else {
      out.printf("  estimated cost      no per-character price known for %s (set --price-per-million-chars)%n", r.backend());
    }
    out.flush();
  }

  @Override
  public void close() {
    ProgressBar shown = bar;
    if (shown == null) return;
    bar = null;
    shown.close();
    // the bar's last line has no line break, so System.err would hold it back until exit
    System.err.flush();
  }

  /** One kind of line, written at most once an interval. */
  private final class Interval {
    private long last;

    /** {@code Long.MIN_VALUE}: the first line is due at once. */
    Interval(long last) {
      this.last = last;
    }

    synchronized boolean due() {
      long now = nanos.getAsLong();
      if (last != Long.MIN_VALUE && now - last < intervalNanos) return false;
      last = now;
      return true;
    }
  }
}
