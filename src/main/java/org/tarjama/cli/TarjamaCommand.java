package org.tarjama.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import org.tarjama.Version;

/** The top-level {@code tarjama} command. */
@Command(name = "tarjama", mixinStandardHelpOptions = true, versionProvider = TarjamaCommand.VersionInfo.class,
    description = "Turns Arabic articles into English translations and Arabic–English parallel corpora.",
    subcommands = {TranslateCommand.class, SegmentCommand.class, ExportCommand.class, BackendsCommand.class,
        TmCommand.class, AlignCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:finished, but inputs were skipped or repaired, or segments failed",
        "2:usage error", "3:backend or input unavailable", "4:internal error"})
public final class TarjamaCommand implements Runnable {

  static final String VERBOSE = "--verbose";

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(names = VERBOSE, scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "On an error, also print its stack trace (for a bug report).")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the build. */
  static final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tarjama " + Version.current()};
    }
  }
}
