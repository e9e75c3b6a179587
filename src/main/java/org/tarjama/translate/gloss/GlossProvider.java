package org.tarjama.translate.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tarjama.Version;
import org.tarjama.translate.AutoSelection;
import org.tarjama.translate.BackendDescriptor;
import org.tarjama.translate.BackendOption;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.TranslatorProvider;

/**
 * Provides the {@code gloss} backend. The dictionary folder is the backend option {@value #DIRECTORY_OPTION},
 * else the environment variable {@value #DIRECTORY_ENV}, else {@value #DEFAULT_DIRECTORY} where Debian's
 * {@code dict-freedict-ara-eng} installs it.
 */
public final class GlossProvider implements TranslatorProvider {

  public static final String DIRECTORY_OPTION = "dictionary";
  public static final String DIRECTORY_ENV = "TARJAMA_FREEDICT_DIR";
  public static final String DEFAULT_DIRECTORY = "/usr/share/dictd";
  static final String INSTALL = "sudo apt-get install dict-freedict-ara-eng";

  /** Picked when nothing better is found; the model names the dictionary edition, so the folder is not in the key. */
  static final BackendDescriptor DESCRIPTOR = BackendDescriptor.builder(GlossTranslator.NAME)
      .auto(AutoSelection.asLastResort())
      .option(BackendOption.of(DIRECTORY_OPTION, BackendOption.Type.TEXT, DEFAULT_DIRECTORY,
          "the folder holding the FreeDict dictionary (else " + DIRECTORY_ENV + ")"))
      .build();

  @Override
  public String name() {
    return GlossTranslator.NAME;
  }

  @Override
  public String description() {
    return "offline word-by-word English glosses from the FreeDict Arabic-English dictionary; not for training";
  }

  @Override
  public BackendDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public boolean isConfigured(BackendSettings settings) {
    Path dir = directory(settings);
    return Files.isRegularFile(FreeDict.indexFile(dir)) && Files.isRegularFile(FreeDict.textFile(dir));
  }

  @Override
  public GlossTranslator create(BackendSettings settings) throws BackendUnavailableException {
    Path dir = directory(settings);
    for (Path file : new Path[] {FreeDict.indexFile(dir), FreeDict.textFile(dir)}) {
      if (!Files.isRegularFile(file)) throw missing(file);
    }
    FreeDict dictionary;
    try {
      dictionary = FreeDict.in(dir);
    } catch (IOException e) {
      throw new BackendUnavailableException("gloss: the FreeDict Arabic-English dictionary in " + dir
          + " is unreadable: " + e.getMessage() + "; reinstall it with: " + INSTALL, e);
    }
    Lexicon lexicon = new Lexicon(dictionary, FunctionWords.standard(), EnglishUsage.wordNet());
    // the glosses depend on our stripping rules too, so a new tarjama must not reuse an old one's from the memory
    String model = (dictionary.edition().isEmpty() ? FreeDict.NAME : FreeDict.NAME + "-" + dictionary.edition())
        + "+tarjama-" + Version.current();
    return new GlossTranslator(new Glosser(lexicon), model);
  }

  static Path directory(BackendSettings settings) {
    return Path.of(settings.option(DIRECTORY_OPTION)
        .or(() -> Optional.ofNullable(settings.env().apply(DIRECTORY_ENV)).filter(s -> !s.isBlank()))
        .orElse(DEFAULT_DIRECTORY));
  }

  private static BackendUnavailableException missing(Path file) {
    return new BackendUnavailableException("gloss: the FreeDict Arabic-English dictionary was not found: " + file
        + " does not exist; install it with: " + INSTALL + " (or point the gloss backend at a folder holding "
        + FreeDict.NAME + ".index and " + FreeDict.NAME + ".dict.dz with the backend option '" + DIRECTORY_OPTION
        + "' or the environment variable " + DIRECTORY_ENV + ")");
  }
}
