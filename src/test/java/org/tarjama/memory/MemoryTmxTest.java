package org.tarjama.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryTmxTest {

  private static final String SOURCE = "وأضاف رئيس الأركان الإيراني أن هذه الأنظمة ستعزز إرادتنا.";
  private static final String TARGET = "The Iranian chief of staff added that these systems would strengthen our resolve.";

  @TempDir
  Path dir;

  @Test
  void aHumanTranslationMemoryIsImportedForEveryBackend() throws IOException {
    Path tmx = dir.resolve("human.tmx");
    Files.writeString(tmx, """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="ar-SA" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="cat" creationtoolversion="1"/>
        <body>
          <tu><tuv xml:lang="ar-SA"><seg>وأضاف رئيس الأركان   الإيراني أن هذه الأنظمة ستعزز إرادتنا.</seg></tuv>
              <tuv xml:lang="en-GB"><seg>The Iranian chief of staff added that these systems would strengthen our resolve.</seg></tuv></tu>
          <tu><tuv xml:lang="ar"><seg>جملة بلا ترجمة</seg></tuv></tu>
        </body></tmx>
        """);

    try (SqliteMemory memory = SqliteMemory.temporary()) {
      MemoryTmx.Imported result = MemoryTmx.importFile(memory, tmx);

      assertEquals(new MemoryTmx.Imported(1, 1), result);
      MemoryEntry entry = memory.find(new MemoryScope("openai", "gpt", ""), List.of(SOURCE)).get(SOURCE);
      assertEquals(TARGET, entry.target());
      assertEquals(MemoryScope.imported("human.tmx"), entry.scope());
    }
  }

  @Test
  void anExportImportsBackUnderTheSameScopes() throws IOException {
    MemoryScope deepl = new MemoryScope("deepl", "quality_optimized", "formality=more");
    Path tmx = dir.resolve("export.tmx");
    List<Long> stamps = new ArrayList<>();
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(deepl, Map.of(SOURCE, TARGET));
      memory.store(MemoryScope.imported("human.tmx"), Map.of("نص آخر", "another <text> & more"));

      assertEquals(2, MemoryTmx.export(memory, "", tmx));
      memory.forEach("", e -> stamps.add(e.createdMillis()));
    }

    try (SqliteMemory copy = SqliteMemory.temporary()) {
      assertEquals(new MemoryTmx.Imported(2, 0), MemoryTmx.importFile(copy, tmx));
      List<String> entries = new ArrayList<>();
      copy.forEach("", e -> entries.add(e.scope() + " " + e.source() + " = " + e.target()));
      List<Long> created = new ArrayList<>();
      copy.forEach("", e -> created.add(e.createdMillis()));
      assertEquals(stamps, created);
      assertEquals(List.of(
          deepl + " " + SOURCE + " = " + TARGET,
          MemoryScope.imported("human.tmx") + " نص آخر = another <text> & more"), entries);
    }
  }

  @Test
  void exportCanBeLimitedToOneBackend() throws IOException {
    Path tmx = dir.resolve("deepl.tmx");
    try (SqliteMemory memory = SqliteMemory.temporary()) {
      memory.store(new MemoryScope("deepl", "", ""), Map.of(SOURCE, TARGET));
      memory.store(new MemoryScope("google", "", ""), Map.of(SOURCE, "Google's version"));

      assertEquals(1, MemoryTmx.export(memory, "deepl", tmx));
    }
    String xml = Files.readString(tmx);
    assertTrue(xml.contains("<prop type=\"x-backend\">deepl</prop>"), xml);
    assertTrue(!xml.contains("Google's version"), xml);
  }
}
