package org.tarjama.pipeline;

/** How much a run read, kept and translated. */
public record Counts(long articles, long paragraphs, long segments, long removedLines, long translated, long failures,
                     long skippedInputs) {
}
