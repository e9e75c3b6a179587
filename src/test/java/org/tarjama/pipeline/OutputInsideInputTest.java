package org.tarjama.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.Tarjama;
import org.tarjama.TranslateOptions;
import org.tarjama.export.OutputSet;

/** `cd articles && tarjama translate .` puts out/ inside the input folder: a second run must not read it as input. */
class OutputInsideInputTest {

  @Test
  void aSecondRunIntoAnOutputFolderInsideTheInputFolderReadsOnlyTheArticles(@TempDir Path in) throws Exception {
    String seed = "000_91a9c68b0668d241.txt";
    Files.copy(Path.of("seeds", seed), in.resolve(seed));
    Path out = in.resolve("out");
    TranslateOptions options = TranslateOptions.builder(List.of(in.toString())).out(out).backend("pseudo").build();
    RunReport first = Tarjama.translate(options, RunListener.NONE);
    List<String> pairs = Files.readAllLines(out.resolve(OutputSet.PAIRS));
    RunReport second = Tarjama.translate(options, RunListener.NONE);
    assertEquals(List.of(), second.skipped());
    assertEquals(first.counts().articles(), second.counts().articles());
    assertEquals(pairs, Files.readAllLines(out.resolve(OutputSet.PAIRS)));
  }
}
