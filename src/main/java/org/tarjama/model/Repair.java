package org.tarjama.model;

/**
 * A change made to an input's text while reading it, so that it could be translated at all (an invalid byte
 * replaced by U+FFFD, NUL bytes removed): where it was ({@code line} from 1, {@code byteOffset} into the file
 * from 0) and what was done.
 */
public record Repair(int line, long byteOffset, String what) implements java.io.Serializable {
}
