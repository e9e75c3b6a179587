package org.tarjama.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tarjama.io.InputFormat;
import org.tarjama.io.InputOptions;

/** The Spark job's command line, parsed into {@link JobOptions}. */
final class JobArgs {

  static final String USAGE = """
      usage: spark-submit --class org.tarjama.spark.TranslateJob tarjama-spark.jar --out PATH --backend NAME
             [--endpoint URL] [--model NAME] [-o KEY=VALUE]... [--concurrency N] [--partitions N]
             [--max-requests-per-second N] [--max-chars-per-minute N] (limits for the whole cluster)
             [--parquet] [--dedup none|exact|near] [--near-threshold J]
             [--input-format auto|text|jsonl|html] [--id-field NAME] [--title-field NAME] [--text-field NAME]
             [--metadata-fields NAMES] (as tarjama translate) INPUT...""";

  private JobArgs() {
  }

  static JobOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String backend = null;
    String endpoint = null;
    String model = null;
    Map<String, String> backendOptions = new LinkedHashMap<>();
    int concurrency = 4;
    int partitions = 0;
    double rps = 0;
    long cpm = 0;
    boolean parquet = false;
    JobOptions.Dedup dedup = JobOptions.Dedup.NEAR;
    double near = 0.35;
    InputOptions input = InputOptions.defaults();
    InputFormat format = input.format();
    String idField = input.idField();
    String titleField = input.titleField();
    String textField = input.textField();
    List<String> metadataFields = input.metadataFields();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--out" -> out = value(args, ++i, arg);
        case "--backend" -> backend = value(args, ++i, arg);
        case "--endpoint" -> endpoint = value(args, ++i, arg);
        case "--model" -> model = value(args, ++i, arg);
        case "-o", "--option" -> {
          String kv = value(args, ++i, arg);
          int eq = kv.indexOf('=');
          if (eq < 1) throw new IllegalArgumentException(arg + " wants KEY=VALUE, got '" + kv + "'");
          backendOptions.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        case "--concurrency" -> concurrency = parsed(args, ++i, arg, Integer::parseInt, "a whole number");
        case "--partitions" -> partitions = parsed(args, ++i, arg, Integer::parseInt, "a whole number");
        case "--max-requests-per-second" -> rps = parsed(args, ++i, arg, Double::parseDouble, "a number");
        case "--max-chars-per-minute" -> cpm = parsed(args, ++i, arg, Long::parseLong, "a whole number");
        case "--parquet" -> parquet = true;
        case "--dedup" -> dedup = dedup(value(args, ++i, arg));
        case "--near-threshold" -> near = parsed(args, ++i, arg, Double::parseDouble, "a number");
        case "--input-format" -> format = format(value(args, ++i, arg));
        case "--id-field" -> idField = value(args, ++i, arg);
        case "--title-field" -> titleField = value(args, ++i, arg);
        case "--text-field" -> textField = value(args, ++i, arg);
        case "--metadata-fields" -> metadataFields = Arrays.stream(value(args, ++i, arg).split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
        default -> {
          if (arg.startsWith("-") && !arg.equals("-")) throw new IllegalArgumentException("unknown option " + arg);
          inputs.add(arg);
        }
      }
    }
    if (out == null) throw new IllegalArgumentException("--out is required");
    if (backend == null) throw new IllegalArgumentException("--backend is required (auto is not supported on a cluster)");
    return new JobOptions(inputs, out, backend, endpoint, model, backendOptions, concurrency, rps, cpm, partitions,
        parquet, dedup, near,
        new InputOptions(format, idField, titleField, textField, metadataFields),
        JobOptions.TaskHook.NONE);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  /** As tarjama translate's --input-format, with its message. */
  private static InputFormat format(String value) {
    try {
      return InputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown --input-format '" + value + "'; use auto, text, jsonl or html");
    }
  }

  private static JobOptions.Dedup dedup(String value) {
    for (JobOptions.Dedup mode : JobOptions.Dedup.values()) {
      if (mode.name().equalsIgnoreCase(value)) return mode;
    }
    throw new IllegalArgumentException("--dedup is none, exact or near, not '" + value + "'");
  }

  /** The value after {@code option} parsed by {@code parse}; a value it cannot parse is named with what was wanted. */
  private static <T> T parsed(String[] args, int i, String option, Function<String, T> parse, String wanted) {
    String value = value(args, i, option);
    try {
      return parse.apply(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " wants " + wanted + ", got '" + value + "'");
    }
  }
}
