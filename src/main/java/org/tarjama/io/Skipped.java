package org.tarjama.io;

/** An input that was not translated, and why (with what to do about it). */
public record Skipped(String source, String reason) {
}
