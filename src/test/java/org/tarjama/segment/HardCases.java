package org.tarjama.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code segment/hard-cases.tsv}: a name and the expected sentences of one paragraph. */
public record HardCases(String name, List<String> sentences) {

  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  public String paragraph() {
    return String.join(" ", sentences);
  }

  public static List<HardCases> load() throws IOException {
    InputStream stream = HardCases.class.getResourceAsStream("/segment/hard-cases.tsv");
    Objects.requireNonNull(stream, "missing test resource segment/hard-cases.tsv");
    List<HardCases> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] fields = line.split("\t");
        if (fields.length != 2) throw new IllegalArgumentException("hard-cases.tsv: expected name<TAB>sentences: " + line);
        cases.add(new HardCases(fields[0], Arrays.stream(unescape(fields[1]).split(" \\|\\| ")).toList()));
      }
    }
    return cases;
  }

  private static String unescape(String text) {
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
