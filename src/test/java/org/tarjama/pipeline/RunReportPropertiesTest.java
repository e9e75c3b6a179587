package org.tarjama.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjama.FuzzInputs;
import org.tarjama.io.Skipped;
import org.tarjama.model.Repair;
import org.tarjama.translate.EngineReport;

/** {@code run.json} reads back exactly what was written, whatever the paths and reasons hold. */
class RunReportPropertiesTest {

  @Provide
  Arbitrary<RunReport> reports() {
    Arbitrary<String> text = FuzzInputs.arabicText().map(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    Arbitrary<Long> count = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<Skipped> skipped = Combinators.combine(text, text).as(Skipped::new);
    Arbitrary<Repair> repair = Combinators.combine(Arbitraries.integers().between(1, Integer.MAX_VALUE), count, text)
        .as(Repair::new);
    Arbitrary<RepairedInput> repaired = Combinators.combine(text, text, repair.list().ofMaxSize(3)).as(RepairedInput::new);
    Arbitrary<Counts> counts = Combinators.combine(count, count, count, count, count, count, count).as(Counts::new);
    Arbitrary<EngineReport> engine = Combinators.combine(count, count, count, count,
        Arbitraries.maps(text, count).ofMaxSize(3), count, count).as(EngineReport::new);
    return Combinators.combine(text, text, text.list().ofMaxSize(4), counts, skipped.list().ofMaxSize(4),
            engine, repaired.list().ofMaxSize(3))
        .as((backend, model, inputs, c, s, e, r) -> new RunReport("1.0", backend, model, inputs, c, s,
            new RunReport.Timings(1, 2, 3), e, r));
  }

  @Property
  void runJsonReadsBackWhatWasWritten(@ForAll("reports") RunReport report) throws Exception {
    Path file = Files.createTempFile("run", ".json");
    try {
      RunReportJson.write(file, report);
      assertEquals(report, RunReportJson.read(file));
    } finally {
      Files.delete(file);
    }
  }
}
