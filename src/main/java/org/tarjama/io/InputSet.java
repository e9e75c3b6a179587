package org.tarjama.io;

import java.util.List;

/** The files a run will read, in order, and the inputs that could not even be listed. */
public record InputSet(List<InputFile> files, List<Skipped> problems) {

  public InputSet {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
