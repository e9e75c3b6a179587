package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** TLS is set up only for clients that may need it; a local plain-http server gets a client without it. */
class TransportTest {

  @Test
  void onlyPlainHttpToThisMachineCountsAsPlainLoopback() {
    for (String local : List.of("http://127.0.0.1:5000", "http://localhost:11434/v1", "http://[::1]:5000", " http://127.0.1.1 ")) {
      assertTrue(Transport.isPlainLoopback(local), local);
    }
    for (String other : List.of("https://127.0.0.1:5000", "https://localhost", "http://10.0.0.5:5000",
        "http://libretranslate.example", "http://127.0.0.1.example.com", "not a url", "")) {
      assertFalse(Transport.isPlainLoopback(other), other);
    }
  }

  @Test
  void aClientForAnyOtherEndpointSpeaksTlsAndALocalOneOnlyPlainHttp() {
    OkHttpClient remote = Transport.client("deepl", Duration.ofSeconds(5), List.of());
    assertEquals(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT), remote.connectionSpecs());
    OkHttpClient local = Transport.client("libretranslate", Duration.ofSeconds(5), List.of(), true);
    assertEquals(List.of(ConnectionSpec.CLEARTEXT), local.connectionSpecs());
    assertEquals(remote.connectionPool(), local.connectionPool(), "one pool for all backends");
  }
}
