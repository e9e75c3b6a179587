package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.Backends;
import org.tarjama.translate.BackendDescriptor;

class MemoryScopeTest {

  @TempDir
  Path dir;

  private static BackendDescriptor backend(String name) {
    return Backends.load().find(name).orElseThrow().descriptor();
  }

  private static BackendSettings options(Map<String, String> options) {
    return new BackendSettings(null, null, options, name -> null);
  }

  @Test
  void onlyOptionsDeclaredAsChangingTheTranslationAreInTheKeyWithTheirDefaults() throws Exception {
    MemoryScope scope = MemoryScope.of(backend("deepl"), "quality_optimized", options(Map.of("target-lang", "EN-GB",
        "max-items", "20", "timeout", "5", "requests-per-minute", "30", "price-per-million-characters", "20")));

    assertEquals(new MemoryScope("deepl", "quality_optimized", "context=true;target-lang=en-gb"), scope);
  }

  @Test
  void equalValuesSpelledDifferentlyGiveOneKey() throws Exception {
    assertEquals(MemoryScope.of(backend("deepl"), "", options(Map.of())),
        MemoryScope.of(backend("deepl"), "", options(Map.of("context", "YES", "target-lang", " en-us "))));
  }

  @Test
  void glossaryIsKeyedByItsContentNotItsPath() throws Exception {
    Path here = Files.writeString(dir.resolve("names.tsv"), "باقري\tBagheri\n", StandardCharsets.UTF_8);
    Path there = Files.writeString(dir.resolve("copy.tsv"), "باقري\tBagheri\n", StandardCharsets.UTF_8);
    MemoryScope first = MemoryScope.of(backend("openai"), "qwen2.5:7b", options(Map.of("glossary", here.toString())));

    assertEquals(first, MemoryScope.of(backend("openai"), "qwen2.5:7b", options(Map.of("glossary", there.toString()))));
    Files.writeString(there, "باقري\tBaqeri\n", StandardCharsets.UTF_8);
    assertNotEquals(first, MemoryScope.of(backend("openai"), "qwen2.5:7b", options(Map.of("glossary", there.toString()))));
    assertEquals("context=true;glossary=sha256:", first.options().replaceAll("[0-9a-f]{64}.*", ""));
  }

  @Test
  void theOldKeyIsEveryOptionButSecretsAndIsNotReadWhenAGlossaryIsSet() throws Exception {
    BackendSettings settings = options(Map.of("max-items", "20", "api-key", "xxxx:fx", "target-lang", "en-gb"));
    MemoryScope now = MemoryScope.of(backend("deepl"), "", settings);

    assertEquals(Optional.of(new MemoryScope("deepl", "", "max-items=20;target-lang=en-gb")),
        MemoryScope.before(backend("deepl"), "", settings, now));
    BackendSettings glossary = options(Map.of("glossary", dir.resolve("g.tsv").toString()));
    assertEquals(Optional.empty(), MemoryScope.before(backend("openai"), "m", glossary, now));
  }

  @Test
  void importedEntriesLiveUnderTheirOwnBackend() {
    assertEquals(new MemoryScope("tmx-import", "human.tmx", ""), MemoryScope.imported("human.tmx"));
  }
}
