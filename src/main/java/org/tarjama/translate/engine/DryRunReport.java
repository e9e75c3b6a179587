package org.tarjama.translate.engine;

/**
 * What a run would do, found without sending anything: its articles and segments, the segments the memory
 * already holds and the repeats sent once, and the requests and characters it would send, with their cost when
 * the backend has a per-character price (in US dollars; 0 when it has none).
 */
public record DryRunReport(String backend, String model, long articles, long segments, long characters,
                           long memoryHits, long duplicateSegments, long requests, long segmentsToSend,
                           long charactersToSend, double pricePerMillionChars, boolean examplePrice) {

  public double cost() {
    return charactersToSend * pricePerMillionChars / 1_000_000;
  }
}
