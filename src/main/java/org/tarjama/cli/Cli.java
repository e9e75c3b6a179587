package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import org.tarjama.config.ConfigException;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BackendUnreachableException;

/** Builds the command line with all its policy in one place: exit codes, error handling, output writers. */
public final class Cli {

  private Cli() {
  }

  public static CommandLine create() {
    return create(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  public static CommandLine create(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new TarjamaCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(Cli::exitCodeOf);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("tarjama: " + message(e));
      if (exitCodeOf(e) == ExitCodes.INTERNAL) e.printStackTrace(commandLine.getErr());
      return exitCodeOf(e);
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("tarjama: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    return cli;
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof BackendUnavailableException || e instanceof java.io.IOException) return ExitCodes.UNAVAILABLE;
    if (e instanceof BackendUnreachableException) return ExitCodes.UNAVAILABLE;
    if (e instanceof CommandLine.ParameterException || e instanceof IllegalArgumentException
        || e instanceof ConfigException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL;
  }

  private static String message(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return exitCodeOf(e) == ExitCodes.INTERNAL ? "internal error: " + text : text;
  }
}
