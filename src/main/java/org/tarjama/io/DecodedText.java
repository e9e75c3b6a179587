package org.tarjama.io;

/** Text decoded from an input and the encoding it was decoded from. */
public record DecodedText(String text, String encoding) {
}
