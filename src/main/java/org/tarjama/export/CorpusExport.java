package org.tarjama.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tarjama.Version;
import org.tarjama.model.Pair;
import org.tarjama.quality.QualityCheck;

/**
 * Exports a pair source as a corpus in two passes. The first scores pairs that carry no scores yet, applies the
 * filters, deduplicates and counts kept pairs per document; the split plan is made from those counts; the second
 * writes each kept pair to its part's files and each left-out pair, with its reasons, to {@value #EXCLUDED}.
 */
public final class CorpusExport {

  /** Below its own folder, so a glob for the corpus ({@code export/*.jsonl}) does not pick it up. */
  public static final String EXCLUDED = "excluded/excluded.jsonl";
  public static final String REPORT = "export.json";

  private final ExportOptions options;
  private final QualityCheck check;

  public CorpusExport(ExportOptions options, QualityCheck check) {
    this.options = options;
    this.check = check;
  }

  public CorpusExport(ExportOptions options) {
    this(options, QualityCheck.standard());
  }

  /** What the first pass decided: the exclusions, the merges into kept pairs and kept pairs per document. */
  private static final class Decisions {
    final Map<String, Exclusion> excluded = new HashMap<>();
    final Map<String, List<String>> merged = new HashMap<>();
    final Map<String, Integer> keptPerDocument = new LinkedHashMap<>();
    final TreeSet<String> scoreNames = new TreeSet<>();
    long pairs;
  }

  public ExportReport run(PairSource source) throws IOException {
    return run(source, folder -> { });
  }

  /** More files an export writes into its folder while holding its lock, e.g. a review page. */
  @FunctionalInterface
  public interface AlsoWrite {
    void into(Path folder) throws IOException;
  }

  /**
   * Exports {@code source} into the options' folder, holding its lock (a second export or run there is refused);
   * files an earlier export listed in its {@value #REPORT} and this one did not write are removed.
   */
  public ExportReport run(PairSource source, AlsoWrite also) throws IOException {
    Decisions decisions = decide(source);
    SplitPlan plan = SplitPlan.of(options.split().orElse(new SplitSpec(Map.of(options.name(), 1.0))),
        decisions.keptPerDocument, options.seed());
    try (OutputLock lock = OutputLock.acquire(options.out(), "tarjama export " + source.describe() + " --out " + options.out())) {
      Set<String> earlier = earlierFiles();
      List<Path> files = write(source, decisions, plan);
      Map<String, ExportReport.Part> parts = new LinkedHashMap<>();
      plan.documents().forEach((part, docs) -> parts.put(part, new ExportReport.Part(docs,
          docs.stream().mapToLong(decisions.keptPerDocument::get).sum())));
      Map<String, Long> byKind = new TreeMap<>();
      decisions.excluded.values().forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
      ExportReport report = new ExportReport(source.describe(), decisions.pairs,
          decisions.pairs - decisions.excluded.size(), byKind, decisions.merged.size(),
          decisions.merged.values().stream().mapToLong(List::size).sum(), parts, files);
      report.write(options.out().resolve(REPORT), options);
      also.into(options.out());
      files.forEach(f -> earlier.remove(f.getFileName().toString()));
      removeEarlier(earlier);
      return report;
    }
  }

  /** The files the export before this one wrote here, by its {@value #REPORT}; none if there is none. */
  private Set<String> earlierFiles() {
    Set<String> names = new HashSet<>();
    try {
      Path report = options.out().resolve(REPORT);
      if (!Files.isRegularFile(report)) return names;
      for (com.fasterxml.jackson.databind.JsonNode name : PairJson.MAPPER.readTree(report.toFile()).path("files")) {
        String text = name.asText();
        // only plain names in this folder: a hand-edited report must not reach elsewhere
        if (!text.isEmpty() && !text.startsWith(".") && !text.contains("/") && !text.contains("\\")) names.add(text);
      }
    } catch (IOException e) {
      // an unreadable report: keep every file rather than guess
      names.clear();
    }
    return names;
  }

  private void removeEarlier(Set<String> names) throws IOException {
    for (String name : names) {
      Path file = options.out().resolve(name);
      try {
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.delete(file);
      } catch (IOException e) {
        throw org.tarjama.io.FileErrors.explain("remove the earlier export's file", file, e);
      }
    }
  }

  private Pair scored(Pair pair) {
    boolean unscored = pair.quality().scores().isEmpty() && pair.quality().flags().isEmpty();
    return unscored ? check.check(pair) : pair;
  }

  private Decisions decide(PairSource source) throws IOException {
    Decisions decisions = new Decisions();
    Deduplication dedup = new Deduplication(options.dedup(), options.nearThreshold());
    source.forEachDocument(document -> {
      for (Pair original : document.pairs()) {
        Pair pair = scored(original);
        decisions.pairs++;
        decisions.scoreNames.addAll(pair.quality().scores().keySet());
        String id = pair.id().toString();
        List<String> reasons = options.filters().reasons(pair);
        Optional<Exclusion> exclusion = reasons.isEmpty() ? dedup.offer(pair) : Optional.of(Exclusion.because(reasons));
        if (exclusion.isPresent()) {
          if (decisions.excluded.put(id, exclusion.get()) != null) {
            throw new IOException(source.describe() + " holds segment " + id + " twice; export each run once");
          }
          exclusion.get().duplicateOf().ifPresent(kept -> decisions.merged.computeIfAbsent(kept, k -> new ArrayList<>()).add(id));
        } else {
          decisions.keptPerDocument.merge(document.id(), 1, Integer::sum);
        }
      }
    });
    return decisions;
  }

  private List<Path> write(PairSource source, Decisions decisions, SplitPlan plan) throws IOException {
    Map<String, List<EntryWriter>> writers = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    // an older tarjama wrote the side file beside the corpus, where export/*.jsonl would pick it up
    Files.deleteIfExists(options.out().resolve("excluded.jsonl"));
    AtomicFile excluded = AtomicFile.open(options.out().resolve(EXCLUDED));
    try {
      for (String part : plan.documents().keySet()) {
        List<EntryWriter> partWriters = new ArrayList<>();
        writers.put(part, partWriters);
        for (ExportFormat format : options.formats().stream().sorted().toList()) {
          partWriters.add(format.open(options.out().resolve(part), Version.current(), List.copyOf(decisions.scoreNames)));
          files.addAll(format.files(options.out().resolve(part)));
        }
      }
      source.forEachDocument(document -> {
        for (Pair original : document.pairs()) {
          Pair pair = scored(original);
          String id = pair.id().toString();
          @Nullable Exclusion exclusion = decisions.excluded.get(id);
          if (exclusion != null) {
            int group = 1 + exclusion.duplicateOf().map(kept -> decisions.merged.get(kept).size()).orElse(0);
            excluded.writer().write(ExportJson.line(ExportJson.excluded(pair, document.meta(), exclusion, group,
                List.copyOf(decisions.scoreNames))));
            continue;
          }
          CorpusEntry entry = new CorpusEntry(pair, decisions.merged.getOrDefault(id, List.of()), document.meta());
          for (EntryWriter writer : writers.get(plan.partOf(document.id()))) writer.write(entry);
        }
      });
      for (List<EntryWriter> partWriters : writers.values()) {
        for (EntryWriter writer : partWriters) writer.commit();
      }
      excluded.commit();
      files.add(options.out().resolve(EXCLUDED));
    } finally {
      closeAll(writers, excluded);
    }
    return files;
  }

  private static void closeAll(Map<String, List<EntryWriter>> writers, AtomicFile excluded) throws IOException {
    @Nullable IOException first = null;
    for (List<EntryWriter> partWriters : writers.values()) {
      for (EntryWriter writer : partWriters) {
        try {
          writer.close();
        } catch (IOException e) {
          if (first == null) first = e;
        }
      }
    }
    try {
      excluded.close();
    } catch (IOException e) {
      if (first == null) first = e;
    }
    if (first != null) throw first;
  }
}
