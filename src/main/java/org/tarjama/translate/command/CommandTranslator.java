package org.tarjama.translate.command;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.ConfiguredTranslator;
import org.tarjama.translate.http.Secrets;

/**
 * Runs the command once per batch: each segment on its own line on stdin (UTF-8, line breaks inside a segment
 * turned into spaces), one translation per line expected on stdout, in order. A line count that differs is a
 * {@link BackendException.MalformedReply}, never a shift; a non-zero exit is transient, except 126/127 (cannot
 * run the command), which stops the backend. stdin, stdout and stderr go through temporary files, so a
 * process that writes before it has read everything cannot deadlock. Known secret variables are removed
 * from the process's environment, and any that show up in its stderr are masked.
 */
final class CommandTranslator extends ConfiguredTranslator {

  static final String NAME = "command";
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
  private static final int STDERR_TAIL = 500;

  private final List<String> command;
  private final Duration timeout;
  private final Secrets secrets;

  CommandTranslator(List<String> command, String model, Duration timeout, BatchLimits limits, Secrets secrets) {
    super(NAME, model, limits);
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.secrets = secrets;
  }

  @Override
  public List<String> translate(List<TranslationItem> batch) throws BackendException {
    Path dir;
    try {
      dir = Files.createTempDirectory("tarjama-command");
    } catch (IOException e) {
      throw new BackendException.Transient(NAME, "cannot create temporary files: " + e.getMessage());
    }
    try {
      Path in = dir.resolve("in.txt");
      Path out = dir.resolve("out.txt");
      Path err = dir.resolve("err.txt");
      StringBuilder input = new StringBuilder();
      batch.forEach(item -> input.append(LINE_BREAKS.matcher(item.text()).replaceAll(" ")).append('\n'));
      Files.writeString(in, input, StandardCharsets.UTF_8);
      int exit = run(in, out, err);
      if (exit != 0) throw failed(exit, Files.readAllBytes(err));
      return lines(batch, Files.readAllBytes(out));
    } catch (IOException e) {
      throw new BackendException.Transient(NAME, "cannot pass text to or from the command: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  private int run(Path in, Path out, Path err) throws BackendException, IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().keySet().removeAll(Secrets.environmentNames());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new BackendException.Permanent(NAME, "cannot start " + command.get(0) + ": " + e.getMessage(), true);
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new BackendException.Transient(NAME, "no answer within " + timeout.toMillis()
            + " ms; the process was stopped (raise the timeout option for a slow engine)");
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new BackendException.Transient(NAME, "interrupted while waiting for the command");
    }
    return process.exitValue();
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private BackendException failed(int exit, byte[] stderr) {
    String text = secrets.redact(new String(stderr, StandardCharsets.UTF_8)).strip();
    String tail = text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL);
    String message = "exited with status " + exit + (tail.isEmpty() ? "" : "; stderr: " + tail);
    if (exit == 126 || exit == 127) {
      return new BackendException.Permanent(NAME, message + " (the command cannot be run; check the command option)", true);
    }
    return new BackendException.Transient(NAME, message);
  }

  private static List<String> lines(List<TranslationItem> batch, byte[] stdout) throws BackendException.MalformedReply {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(stdout)).toString();
    } catch (CharacterCodingException e) {
      throw new BackendException.MalformedReply(NAME, "output is not UTF-8");
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) lines.remove(lines.size() - 1);
    if (text.isEmpty()) lines.clear();
    if (lines.size() != batch.size()) {
      throw new BackendException.MalformedReply(NAME, "wrote " + lines.size() + " lines for " + batch.size()
          + " segments; the engine must write exactly one line per input line");
    }
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1) : lines.get(i);
      if (line.isBlank()) {
        throw new BackendException.MalformedReply(NAME, "empty line " + (i + 1) + " for a non-empty segment");
      }
      out.add(line.strip());
    }
    return out;
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
