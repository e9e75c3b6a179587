package org.tarjama.translate.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.BackendSettings;

/** The dictd reader on synthetic dictionaries written by the test. */
class FreeDictTest {

  @TempDir
  Path dir;

  @Test
  void sensesAreReadNumberedOrAlone() throws IOException {
    new TinyDictionary().entry("مكتب", "Office", "Desk").entry("حبر", "Ink").writeTo(dir);
    FreeDict dictionary = FreeDict.load(dir);
    assertEquals(List.of("Office", "Desk"), dictionary.senses(dictionary.lookup("مكتب").get(0)));
    assertEquals(List.of("Ink"), dictionary.senses(dictionary.lookup("حبر").get(0)));
    assertEquals(2, dictionary.headwords());
  }

  @Test
  void lookupFoldsHamzaAlefMaqsuraAndTaaButListsExactSpellingsFirst() throws IOException {
    new TinyDictionary().entry("على", "On").entry("علي", "Ali").entry("أمة", "Nation").writeTo(dir);
    FreeDict dictionary = FreeDict.load(dir);
    assertEquals(List.of("علي", "على"), dictionary.lookup("علي").stream().map(FreeDict.Entry::headword).toList());
    assertEquals(List.of("على", "علي"), dictionary.lookup("على").stream().map(FreeDict.Entry::headword).toList());
    assertEquals("أمة", dictionary.lookup("امه").get(0).headword());
  }

  @Test
  void harakatAndLigaturesInTheIndexAreNormalisedForLookup() throws IOException {
    // FreeDict's index writes some لا as the presentation-form ligature ﻻ
    new TinyDictionary().entry("حِبر", "Ink").entry("إبسيﻻنتي", "Ypsilanti").writeTo(dir);
    FreeDict dictionary = FreeDict.load(dir);
    assertEquals("حبر", dictionary.lookup("حبر").get(0).headword());
    assertEquals("إبسيلانتي", dictionary.lookup("إبسيلانتي").get(0).headword());
  }

  @Test
  void anUncompressedDictFileIsReadWhenNoDictDzExists() throws IOException {
    new TinyDictionary().entry("قلم", "Pen").writeTo(dir);
    Path dz = dir.resolve("freedict-ara-eng.dict.dz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
      Files.write(dir.resolve("freedict-ara-eng.dict"), in.readAllBytes());
    }
    Files.delete(dz);
    FreeDict dictionary = FreeDict.load(dir);
    assertEquals(List.of("Pen"), dictionary.senses(dictionary.lookup("قلم").get(0)));
  }

  @Test
  void theEditionComesFromTheDatabaseInfoOrTheShortName() {
    assertEquals(Optional.of("0.6.3"), FreeDict.editionIn("Arabic-English FreeDict Dictionary\n\nEdition: 0.6.3\n"));
    assertEquals(Optional.of("0.6.3"), FreeDict.editionIn("Arabic-English FreeDict Dictionary ver. 0.6.3\n"));
    assertEquals(Optional.empty(), FreeDict.editionIn("Arabic-English FreeDict Dictionary\n"));
  }

  @Test
  void aDictionaryWithoutAnEditionIsNamedWithoutOne() throws Exception {
    new TinyDictionary().entry("قلم", "Pen").writeTo(dir);
    assertEquals("", FreeDict.load(dir).edition());
    BackendSettings settings = new BackendSettings(null, null, Map.of("dictionary", dir.toString()), n -> null);
    assertEquals("freedict-ara-eng+tarjama-" + org.tarjama.Version.current(), new GlossProvider().create(settings).model());
  }
}
