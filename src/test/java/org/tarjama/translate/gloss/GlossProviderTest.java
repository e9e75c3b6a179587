package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.Backends;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;

class GlossProviderTest {

  @TempDir
  Path dir;

  private static BackendSettings withOption(Path dictionary) {
    return new BackendSettings(null, null, Map.of("dictionary", dictionary.toString()), name -> null);
  }

  private TinyDictionary tiny() {
    return new TinyDictionary()
        .info("Arabic-English FreeDict Dictionary\n\nEdition: 9.8.7\nSize: 3 headwords\n")
        .entry("الكتاب", "Books", "Book")
        .entry("قلم", "Pen")
        .entry("حِبر", "Ink");
  }

  @Test
  void aMissingDictionarySaysWhatWasLookedForAndHowToInstallIt() {
    Path nowhere = dir.resolve("no-dictionary-here");
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> new GlossProvider().create(withOption(nowhere)));
    assertEquals("gloss: the FreeDict Arabic-English dictionary was not found: "
        + nowhere.resolve("freedict-ara-eng.index") + " does not exist; install it with: sudo apt-get install"
        + " dict-freedict-ara-eng (or point the gloss backend at a folder holding freedict-ara-eng.index and"
        + " freedict-ara-eng.dict.dz with the backend option 'dictionary' or the environment variable"
        + " TARJAMA_FREEDICT_DIR)", e.getMessage());
    assertFalse(new GlossProvider().isConfigured(withOption(nowhere)));
  }

  @Test
  void aMissingTextFileIsNamedToo() throws IOException {
    tiny().writeTo(dir);
    Files.delete(dir.resolve("freedict-ara-eng.dict.dz"));
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> new GlossProvider().create(withOption(dir)));
    assertTrue(e.getMessage().contains(dir.resolve("freedict-ara-eng.dict.dz") + " does not exist"), e.getMessage());
  }

  @Test
  void theEnvironmentVariablePointsToTheDictionaryWhenNoOptionIsGiven() throws Exception {
    tiny().writeTo(dir);
    BackendSettings settings = new BackendSettings(null, null, Map.of(),
        name -> name.equals("TARJAMA_FREEDICT_DIR") ? dir.toString() : null);
    assertTrue(new GlossProvider().isConfigured(settings));
    assertEquals("the-book pen", new GlossProvider().create(settings).glosser().gloss("الكتاب قلم"));
  }

  @Test
  void theDefaultFolderIsDebians() {
    assertEquals(Path.of("/usr/share/dictd"), GlossProvider.directory(new BackendSettings(null, null, Map.of(), n -> null)));
  }

  @Test
  void aSyntheticDictionaryIsReadWithItsEditionAndArticleHeadwords() throws Exception {
    tiny().writeTo(dir);
    GlossTranslator translator = new GlossProvider().create(withOption(dir));
    assertEquals("gloss", translator.name());
    assertEquals("freedict-ara-eng-9.8.7+tarjama-" + org.tarjama.Version.current(), translator.model());
    assertFalse(translator.fitForTraining());
    assertEquals(BatchLimits.items(1000), translator.limits());
    // كتاب is found under الكتاب; the most common sense by WordNet wins over the first ("Books")
    assertEquals(List.of("and-book-his with-pen", "the-book ink ⟨dftr⟩"), translator.translate(List.of(
        new TranslationItem("a:1:1", "وكتابه بقلم"), new TranslationItem("a:1:2", "الكتاب حبر دفتر"))));
  }

  @Test
  void theDictionaryIsLoadedOncePerFolder() throws Exception {
    tiny().writeTo(dir);
    assertSame(FreeDict.in(dir), FreeDict.in(dir.resolve(".").resolve("..").resolve(dir.getFileName())));
  }

  @Test
  void anIndexThatPointsPastTheTextIsReportedWithFileAndLine() throws Exception {
    tiny().writeTo(dir);
    Path index = dir.resolve("freedict-ara-eng.index");
    Files.writeString(index, Files.readString(index) + "كبير\tBAAA\tB\n", StandardCharsets.UTF_8);
    BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
        () -> new GlossProvider().create(withOption(dir)));
    assertTrue(e.getMessage().contains(index + ":5: entry 'كبير' points past the end of the dictionary text"),
        e.getMessage());
  }

  @Test
  void theServiceLoaderFindsTheGlossBackendBesidePseudo() {
    Backends backends = Backends.load();
    assertTrue(backends.find("gloss").orElseThrow() instanceof GlossProvider);
    assertTrue(backends.find("pseudo").isPresent());
  }

  @Test
  void theInstalledDictionaryReportsItsEdition() {
    assertEquals("freedict-ara-eng-0.6.3+tarjama-" + org.tarjama.Version.current(), InstalledDictionary.translator().model());
  }
}
