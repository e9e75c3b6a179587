package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tarjama.Tarjama;
import org.tarjama.model.Article;
import org.tarjama.model.Paragraph;
import org.tarjama.model.Segment;
import org.tarjama.pipeline.RepairedInput;

/** {@code tarjama segment}: shows how articles are cleaned and split, without translating. */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Print the cleaned segments, one per line, a blank line between paragraphs.")
final class SegmentCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders or - for standard input.")
  List<String> inputs;

  @Option(names = "--jsonl", description = "Print one JSON record per segment: article id, paragraph, index, text.")
  boolean jsonl;

  @Override
  public Integer call() throws Exception {
    // buffered: the command line's writer flushes at every line, one system call per segment; flushed before any
    // message to stderr, so the two streams stay in order
    PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16));
    StderrReporter reporter = new StderrReporter(spec.commandLine().getErr());
    AtomicInteger reported = new AtomicInteger();
    Iterator<Article> articles = Tarjama.segment(inputs, s -> {
      reported.incrementAndGet();
      out.flush();
      reporter.skipped(s);
    });
    boolean first = true;
    while (articles.hasNext()) {
      Article article = articles.next();
      if (!article.repairs().isEmpty()) {
        reported.incrementAndGet(); // a repaired input exits 1, as in translate
        out.flush();
        reporter.repaired(new RepairedInput(article.id(), article.source(), article.repairs()));
      }
      for (Paragraph paragraph : article.paragraphs()) {
        if (!jsonl && !first) out.println();
        first = false;
        for (Segment segment : paragraph.segments()) out.println(jsonl ? record(segment) : segment.text());
      }
    }
    out.flush();
    return reported.get() > 0 ? ExitCodes.FAILURES : ExitCodes.OK;
  }

  private static String record(Segment segment) throws com.fasterxml.jackson.core.JsonProcessingException {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("doc", segment.id().doc());
    node.put("para", segment.id().para());
    node.put("index", segment.id().sent());
    if (segment.id().piece() > 0) node.put("piece", segment.id().piece());
    node.put("id", segment.id().toString());
    node.put("text", segment.text());
    return Json.MAPPER.writeValueAsString(node);
  }

  /** Made on first use: a plain listing loads none of Jackson's hundreds of classes. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
