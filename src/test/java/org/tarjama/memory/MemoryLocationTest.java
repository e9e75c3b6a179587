package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryLocationTest {

  @Test
  void theEnvironmentNamesAFileOrNone() {
    assertEquals(MemoryLocation.file(Path.of("/data/tm.sqlite")),
        MemoryLocation.fromEnvironment(Map.of("TARJAMA_TM", "/data/tm.sqlite")::get));
    assertEquals(MemoryLocation.none(), MemoryLocation.fromEnvironment(Map.of("TARJAMA_TM", "none")::get));
    assertEquals(MemoryLocation.userCache(), MemoryLocation.fromEnvironment(Map.<String, String>of()::get));
  }

  @Test
  void theDefaultFileFollowsXdgCacheHomeWhenItIsAbsolute() {
    assertEquals(Path.of("/var/cache/me/tarjama/memory.sqlite"),
        MemoryLocation.defaultFile(Map.of("XDG_CACHE_HOME", "/var/cache/me")::get));
    // the XDG specification says a relative path is to be ignored
    assertEquals(Path.of(System.getProperty("user.home"), ".cache", "tarjama", "memory.sqlite"),
        MemoryLocation.defaultFile(Map.of("XDG_CACHE_HOME", "cache")::get));
  }
}
