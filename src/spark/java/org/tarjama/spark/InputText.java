package org.tarjama.spark;

import java.io.Serializable;

/** One article as read and decoded on an executor: its id, where it came from, its text and the encoding found. */
record InputText(String id, String source, String text, String encoding) implements Serializable {
}
