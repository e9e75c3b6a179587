package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryScopeTest {

  @Test
  void optionsAreSortedAndSecretsLeftOut() {
    MemoryScope scope = MemoryScope.of("deepl", "quality_optimized",
        Map.of("formality", "more", "api_key", "xxxx:fx", "glossary", "g1", "auth_token", "t", "AccessToken", "t2"));

    assertEquals(new MemoryScope("deepl", "quality_optimized", "formality=more;glossary=g1"), scope);
  }

  @Test
  void importedEntriesLiveUnderTheirOwnBackend() {
    assertEquals(new MemoryScope("tmx-import", "human.tmx", ""), MemoryScope.imported("human.tmx"));
  }
}
