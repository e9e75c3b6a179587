package org.tarjama.io;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One article to read: its id (file name without extension), where it came from, and its path ({@code -} is standard input). */
public record InputFile(String id, String source, @Nullable Path path) {

  public static final String STDIN = "-";

  public static InputFile stdin() {
    return new InputFile("stdin", STDIN, null);
  }

  public Optional<Path> pathOpt() {
    return Optional.ofNullable(path);
  }
}
