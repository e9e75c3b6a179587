package org.tarjama.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tarjama.export.CorpusExport;
import org.tarjama.export.ExportFormat;
import org.tarjama.export.ExportOptions;
import org.tarjama.export.ExportReport;
import org.tarjama.export.PairFilters;
import org.tarjama.export.PairSource;
import org.tarjama.export.RunFolderSource;
import org.tarjama.memory.MemorySource;
import org.tarjama.export.SplitSpec;
import org.tarjama.review.ReviewPage;

/** {@code tarjama export}: a run's pairs as a filtered, deduplicated, optionally split parallel corpus. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the pairs of a translate run as a parallel corpus (TMX 1.4b, Moses, TSV, JSONL),",
        "with filters, deduplication and a split by document. Left-out pairs go to excluded/excluded.jsonl with their reasons."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN",
      description = "Output folder of a 'tarjama translate' run (holds pairs.jsonl).")
  Path run;

  @Option(names = "--tm", paramLabel = "FILE",
      description = "Export the translation memory in FILE instead of a run (each entry is its own document).")
  Path memory;

  @Option(names = "--tm-backend", paramLabel = "NAME", defaultValue = "",
      description = "With --tm: only the entries of this backend (e.g. tmx-import for imported human translations).")
  String memoryBackend;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: RUN/export, or out/tm-export with --tm).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "Formats to write: tmx, moses, tsv, jsonl (default: all).")
  List<ExportFormat> formats;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "corpus",
      description = "File name of an unsplit corpus (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--drop", paramLabel = "FLAG", split = ",",
      description = "Leave out pairs with these flags, e.g. untranslated,numbers,empty,length-ratio,repetition,"
          + "not-english,not-for-training,arabic-in-target.")
  List<String> drop = List.of();

  @Option(names = "--max-length-ratio-z", paramLabel = "Z", description = "Leave out pairs whose |length-ratio-z| is above Z.")
  Double maxLengthRatioZ;

  @Option(names = "--min-words", paramLabel = "N", defaultValue = "0",
      description = "Leave out pairs with fewer than N words on either side.")
  int minWords;

  @Option(names = "--dedup", paramLabel = "MODE", defaultValue = "near",
      description = "none, exact (normalised Arabic key) or near (exact, plus near-duplicates across documents; default).")
  ExportOptions.Dedup dedup;

  @Option(names = "--near-threshold", paramLabel = "J", defaultValue = "0.35",
      description = "Word-bigram Jaccard similarity at which segments of different documents are near-duplicates"
          + " (default: ${DEFAULT-VALUE}).")
  double nearThreshold;

  @Option(names = "--split", paramLabel = "PARTS", description = "Split by document, e.g. train=0.8,dev=0.1,test=0.1.")
  String split;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--review", description = "Also write review.html for the run's pairs into the export folder.")
  boolean review;

  @Override
  public Integer call() throws Exception {
    if ((run == null) == (memory == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "name either a RUN folder or --tm FILE, not both or neither");
    }
    PairSource source = run != null ? new RunFolderSource(run) : new MemorySource(memory, memoryBackend);
    Path target = out != null ? out : run != null ? run.resolve("export") : Path.of("out", "tm-export");
    Set<String> flags = Set.copyOf(drop.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList());
    ExportOptions options = ExportOptions.builder(target)
        .formats(formats == null ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(formats))
        .name(name)
        .filters(new PairFilters(flags, maxLengthRatioZ == null ? OptionalDouble.empty() : OptionalDouble.of(maxLengthRatioZ), minWords))
        .dedup(dedup).nearThreshold(nearThreshold)
        .split(Optional.ofNullable(split).map(SplitSpec::parse)).seed(seed)
        .build();
    ExportReport report = new CorpusExport(options).run(source, folder -> {
      if (review) ReviewPage.write(source, folder.resolve(ReviewPage.FILE));
    });
    var err = spec.commandLine().getErr();
    String kinds = report.excludedByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    err.printf("tarjama: %d pairs, %d kept, %d left out%s; %d duplicate groups (%d merged); wrote %s (left-out pairs in %s)%n",
        report.pairs(), report.kept(), report.excluded(), kinds.isEmpty() ? "" : " (" + kinds + ")", report.duplicateGroups(),
        report.mergedDuplicates(), target, CorpusExport.EXCLUDED);
    report.parts().forEach((part, p) -> {
      err.printf("tarjama:   %s: %d documents, %d pairs%n", part, p.documents().size(), p.pairs());
      if (p.documents().isEmpty()) err.printf("tarjama: warning: part %s got no document; too few documents for its share%n", part);
    });
    return ExitCodes.OK;
  }
}
