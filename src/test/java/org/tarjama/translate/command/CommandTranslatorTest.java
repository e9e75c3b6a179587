package org.tarjama.translate.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.BackendException;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;
import org.tarjama.translate.BatchLimits;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.Translator;
import org.tarjama.translate.http.Fixtures;

/** The command backend driving small /bin/sh scripts that stand in for Marian or CTranslate2. */
class CommandTranslatorTest {

  @TempDir
  Path dir;

  private Translator command(String line, Map<String, String> options) throws BackendUnavailableException {
    Map<String, String> all = new java.util.HashMap<>(options);
    all.put("command", line);
    return new CommandProvider().create(new BackendSettings(null, null, all, Fixtures.secretEnvironment()::get));
  }

  private Translator command(String line) throws BackendUnavailableException {
    return command(line, Map.of());
  }

  private BackendException failure(String line, List<TranslationItem> batch) throws Exception {
    try (Translator translator = command(line, Map.of("timeout", "5"))) {
      BackendException e = assertThrows(BackendException.class, () -> translator.translate(batch));
      Fixtures.assertNoSecret(e);
      return e;
    }
  }

  @Test
  void oneLineInOneLineOutInOrder() throws Exception {
    try (Translator translator = command("sed -e 's/^/EN: /'")) {
      assertEquals(List.of("EN: " + Fixtures.AR1, "EN: " + Fixtures.AR2, "EN: " + Fixtures.AR3),
          translator.translate(Fixtures.batch()));
      assertEquals("sed", translator.model());
    }
  }

  @Test
  void scriptFileWithArgumentsRunsThroughTheShell() throws Exception {
    Path script = dir.resolve("engine.sh");
    Files.writeString(script, "#!/bin/sh\n# reads all input first, then answers, like a batch decoder\n"
        + "n=$(wc -l)\ni=0\nwhile [ $i -lt $n ]; do i=$((i+1)); echo \"$1 $i\"; done\n");
    try (Translator translator = command("sh " + script + " sentence")) {
      assertEquals(List.of("sentence 1", "sentence 2", "sentence 3"), translator.translate(Fixtures.batch()));
    }
  }

  @Test
  void lineBreaksInsideASegmentDoNotShiftTheLines() throws Exception {
    try (Translator translator = command("cat")) {
      assertEquals(List.of("سطر أول سطر ثان", Fixtures.AR3),
          translator.translate(List.of(new TranslationItem("a", "سطر أول\nسطر ثان"), new TranslationItem("b", Fixtures.AR3))));
    }
  }

  @Test
  void droppedLineIsAMalformedReplyNotAShift() throws Exception {
    BackendException e = failure("sed -e '2d'", Fixtures.batch());
    assertInstanceOf(BackendException.MalformedReply.class, e);
    assertTrue(e.getMessage().contains("wrote 2 lines for 3 segments"), e.getMessage());
  }

  @Test
  void extraLineIsAMalformedReply() throws Exception {
    assertInstanceOf(BackendException.MalformedReply.class, failure("sed -e 'p'", Fixtures.batch()));
  }

  @Test
  void emptyLineIsAMalformedReply() throws Exception {
    BackendException e = failure("sed -e '2s/.*//'", Fixtures.batch());
    assertInstanceOf(BackendException.MalformedReply.class, e);
    assertTrue(e.getMessage().contains("empty line 2"), e.getMessage());
  }

  @Test
  void failingEngineIsTransientWithItsStderrTailAndNoSecret() throws Exception {
    BackendException e = failure("cat >/dev/null; echo 'loading model: out of memory' >&2; echo 'auth "
        + Fixtures.KEY + " rejected' >&2; exit 3", Fixtures.batch());
    assertInstanceOf(BackendException.Transient.class, e);
    assertEquals("command: exited with status 3; stderr: loading model: out of memory\nauth *** rejected", e.getMessage());
  }

  @Test
  void missingProgramStopsTheBackend() throws Exception {
    BackendException e = failure("no-such-engine-xyz --ar-en", Fixtures.batch());
    assertTrue(assertInstanceOf(BackendException.Permanent.class, e).stopsBackend());
    assertTrue(e.getMessage().contains("status 127"), e.getMessage());
  }

  @Test
  void hangingEngineIsStoppedAndTransient() throws Exception {
    try (Translator translator = command("sleep 30", Map.of("timeout", "0.3"))) {
      BackendException e = assertThrows(BackendException.class, () -> translator.translate(Fixtures.batch()));
      assertInstanceOf(BackendException.Transient.class, e);
      assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
    }
  }

  @Test
  void withoutACommandItIsNotConfigured() {
    BackendSettings none = new BackendSettings(null, null, Map.of(), name -> null);
    assertFalse(new CommandProvider().isConfigured(none));
    assertThrows(BackendUnavailableException.class, () -> new CommandProvider().create(none));
    assertTrue(new CommandProvider().isConfigured(none.withEndpoint("ct2-translate --model ar-en")));
  }

  @Test
  void limitsDefaultToAHundredLinesAndCanBeOverridden() throws Exception {
    assertEquals(BatchLimits.items(100), new CommandProvider().limits(new BackendSettings(null, null, Map.of(),
        n -> null)).orElseThrow());
    try (Translator translator = command("cat", Map.of("max-items", "8", "max-item-chars", "400"))) {
      assertEquals(new BatchLimits(8, BatchLimits.UNLIMITED, BatchLimits.UNLIMITED, 400), translator.limits());
      org.tarjama.translate.http.BatchLimitsCheck.assertSplitsAtEachLimit(translator.limits());
    }
  }
}
