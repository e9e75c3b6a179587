package org.tarjama.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.tarjama.export.AtomicFile;

/** {@code run.json}: the run report as JSON (records map field by field). */
public final class RunReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReportJson() {
  }

  public static void write(Path file, RunReport report) throws IOException {
    AtomicFile.write(file, MAPPER.writeValueAsString(report) + "\n");
  }

  public static RunReport read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), RunReport.class);
  }
}
