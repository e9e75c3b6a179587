package org.tarjama;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Inputs for property tests: random Arabic-like text and the seeds mutated byte by byte or character by character. */
public final class FuzzInputs {

  /** Characters real articles hold, plus the troublemakers: marks, tatweel, bidi and zero-width controls, NBSP, U+FFFD. */
  private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"
      + "ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789.,،؛؟!:«»\"'()-–…  \u00A0\n\n\r\t"
      + "abcXYZ\u200C\u200D\u200F\u202B\u202C\uFEFF\uFFFD\uFB50\uFEFB©@#/_%";

  public static final List<byte[]> SEEDS = readSeeds();

  private FuzzInputs() {
  }

  private static List<byte[]> readSeeds() {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return files.sorted().map(p -> {
        try {
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Random text from {@link #ALPHABET}, sometimes with any character at all mixed in (lone surrogates included). */
  public static Arbitrary<String> arabicText() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList())),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    return chars.list().ofMaxSize(400).map(list -> {
      StringBuilder text = new StringBuilder(list.size());
      list.forEach(text::append);
      return text.toString();
    });
  }

  /** A seed's text with random characters inserted, deleted or replaced. */
  public static Arbitrary<String> mutatedSeedText() {
    return Combinators.combine(Arbitraries.of(SEEDS), arabicText().list().ofMaxSize(8),
            Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(8))
        .as((seed, pieces, positions) -> {
          StringBuilder text = new StringBuilder(new String(seed, StandardCharsets.UTF_8));
          for (int i = 0; i < pieces.size(); i++) {
            int at = positions.get(i) % (text.length() + 1);
            int cut = Math.min(text.length() - at, positions.get(i) % 5);
            text.replace(at, at + cut, pieces.get(i));
          }
          return text.toString();
        });
  }

  /** A seed's bytes with random bytes flipped, inserted or deleted, and sometimes cut short. */
  public static Arbitrary<byte[]> mutatedSeedBytes() {
    Arbitrary<int[]> mutation = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
        .as((kind, at, value) -> new int[] {kind, at, value});
    return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMaxSize(6)).as((seed, mutations) -> {
      byte[] bytes = seed.clone();
      for (int[] m : mutations) {
        if (bytes.length == 0) break;
        int at = m[1] % bytes.length;
        switch (m[0]) {
          case 0 -> bytes[at] = (byte) m[2];
          case 1 -> bytes = splice(bytes, at, 0, new byte[] {(byte) m[2]});
          case 2 -> bytes = splice(bytes, at, 1, new byte[0]);
          default -> bytes = java.util.Arrays.copyOf(bytes, at);
        }
      }
      return bytes;
    });
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }
}
