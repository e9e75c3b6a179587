package org.tarjama.io;

/** The read stage: one input's decoded text. The CLI reads files and standard input; other drivers bring their own. */
@FunctionalInterface
public interface InputReader {

  DecodedText read(InputFile file) throws UnreadableInputException;
}
