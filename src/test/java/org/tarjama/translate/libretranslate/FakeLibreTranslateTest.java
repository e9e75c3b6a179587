package org.tarjama.translate.libretranslate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BatchPacker;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.http.Fixtures;

/** The libretranslate backend against a server that behaves like LibreTranslate, limits and key included. */
class FakeLibreTranslateTest {

  @Test
  void translatesThroughTheBackendWithTheServersOwnTranslations() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start();
         Translator translator = new LibreTranslateProvider().create(
             new BackendSettings(lt.url(), null, Map.of(), name -> null))) {
      List<String> out = translator.translate(Fixtures.batch());
      assertEquals(Fixtures.batch().stream().map(i -> FakeLibreTranslate.translationOf(i.text())).toList(), out);
      assertEquals(List.of(List.of(Fixtures.AR1, Fixtures.AR2, Fixtures.AR3)), lt.requests());
      out.forEach(text -> assertFalse(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.ARABIC), text));
    }
  }

  @Test
  void batchesPackedToTheServersBatchLimitAreAccepted() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start(null, 2, -1);
         Translator translator = new LibreTranslateProvider().create(
             new BackendSettings(lt.url(), null, Map.of("max-items", "2"), name -> null))) {
      for (List<TranslationItem> batch : BatchPacker.pack(Fixtures.batch(), translator.limits())) {
        translator.translate(batch);
      }
      assertEquals(List.of(List.of(Fixtures.AR1, Fixtures.AR2), List.of(Fixtures.AR3)), lt.requests());
    }
  }

  @Test
  void batchOverTheServersLimitIsABatchTooLargeWithTheNumbersTheServerGave() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start(null, 2, -1);
         Translator translator = new LibreTranslateProvider().create(
             new BackendSettings(lt.url(), null, Map.of(), name -> null))) {
      BackendException.BatchTooLarge e = assertThrows(BackendException.BatchTooLarge.class,
          () -> translator.translate(Fixtures.batch()));
      assertEquals(java.util.OptionalInt.of(3), e.counted());
      assertEquals(java.util.OptionalInt.of(2), e.limit());
      assertTrue(e.measure().isEmpty(), "LibreTranslate does not say whether it counted texts or characters");
      assertTrue(e.getMessage().contains("exceeds text limit (2)"), e.getMessage());
    }
  }

  @Test
  void serverWithKeysAcceptsTheKeyFromTheEnvironmentOnly() throws Exception {
    try (FakeLibreTranslate lt = FakeLibreTranslate.start(Fixtures.KEY, -1, -1)) {
      try (Translator keyless = new LibreTranslateProvider().create(new BackendSettings(lt.url(), null, Map.of(), n -> null))) {
        BackendException.Permanent e = assertThrows(BackendException.Permanent.class,
            () -> keyless.translate(Fixtures.batch()));
        assertTrue(e.stopsBackend());
      }
      try (Translator keyed = new LibreTranslateProvider().create(new BackendSettings(lt.url(), null, Map.of(),
          Map.of(LibreTranslateProvider.KEY_VARIABLE, Fixtures.KEY)::get))) {
        assertEquals(3, keyed.translate(Fixtures.batch()).size());
      }
    }
  }
}
