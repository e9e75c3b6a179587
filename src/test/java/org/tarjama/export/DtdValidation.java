package org.tarjama.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Validates TMX against the TMX 1.4b DTD with xmllint (Debian libxml2-utils; CI installs it). */
public final class DtdValidation {

  public static final Path TMX_DTD = Path.of("src/test/resources/tmx14.dtd");

  private DtdValidation() {
  }

  /** Fails when the file is not valid; skips only outside CI when xmllint or the DTD is missing. */
  public static void assertValidTmx(Path tmx) throws IOException, InterruptedException {
    boolean available = Files.isRegularFile(TMX_DTD) && Files.isExecutable(Path.of("/usr/bin/xmllint"));
    if (System.getenv("CI") == null) {
      assumeTrue(available, "xmllint missing: apt-get install libxml2-utils");
    }
    Process p = new ProcessBuilder("xmllint", "--noout", "--dtdvalid", TMX_DTD.toString(), tmx.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "xmllint: " + output);
  }
}
