package org.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarjama.model.Span;

class ArabicSegmenterTest {

  private final ArabicSegmenter segmenter = new ArabicSegmenter();

  static List<HardCases> hardCases() throws IOException {
    return HardCases.load();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hardCases")
  void splitsHardCaseAsWritten(HardCases hardCase) {
    String paragraph = hardCase.paragraph();
    List<String> sentences = segmenter.split(paragraph).stream().map(s -> s.covered(paragraph)).toList();
    assertEquals(hardCase.sentences(), sentences);
  }
}
