package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationsTest {

  private static final String TEXT = "وصل اللواء م.ح. باقري إلى دمشق. والتقى وزير الدفاع.";

  @Test
  void readsTheBuiltInList() {
    assertEquals(Abbreviations.Kind.ERA, Abbreviations.builtIn().kind("ق.م"));
    assertEquals(Abbreviations.Kind.TITLE, Abbreviations.builtIn().kind("Prof"));
    assertEquals(null, Abbreviations.builtIn().kind("إلخ"));
  }

  @Test
  void aUserFileAddsAbbreviations(@TempDir Path dir) throws IOException {
    String text = "قال العقيد ركن. محمود إن الهجوم فشل.";
    Path file = dir.resolve("abbr.txt");
    Files.writeString(file, "# titles of my newspaper\nركن.\n");
    ArabicSegmenter mine = new ArabicSegmenter(Abbreviations.builtIn().with(file), ArabicSegmenter.DEFAULT_MAX_QUOTE);
    assertEquals(List.of("قال العقيد ركن.", "محمود إن الهجوم فشل."), sentences(new ArabicSegmenter(), text));
    assertEquals(List.of(text), sentences(mine, text));
  }

  @Test
  void dottedInitialsNeedNoEntry() {
    assertEquals(List.of("وصل اللواء م.ح. باقري إلى دمشق.", "والتقى وزير الدفاع."), sentences(new ArabicSegmenter(), TEXT));
  }

  @Test
  void namesTheFileAndLineOfABadEntry(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("abbr.txt");
    Files.writeString(file, "ركن\n\nلواء\tgeneral\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Abbreviations.builtIn().with(file));
    assertEquals(file + " line 3: unknown kind 'general' (use 'title' or 'era')", e.getMessage());
  }

  private static List<String> sentences(ArabicSegmenter segmenter, String text) {
    return segmenter.split(text).stream().map(s -> s.covered(text)).toList();
  }
}
