package org.tarjama.translate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendSettings;

class SecretsTest {

  @Test
  void everyKnownVariableAndSecretLookingOptionIsMasked() {
    BackendSettings settings = new BackendSettings(null, null, Map.of("api-key", "config-key-123", "glossary", "g.tsv"),
        Map.of("DEEPL_AUTH_KEY", "deepl-key-456:fx", "HOME", "/home/user-home")::get);
    Secrets secrets = Secrets.from(settings);
    assertEquals("deepl *** and config *** but /home/user-home and g.tsv",
        secrets.redact("deepl deepl-key-456:fx and config config-key-123 but /home/user-home and g.tsv"));
  }

  @Test
  void theKeyVariableOfABackendAddedThroughServiceLoaderIsMaskedToo() {
    // e2e.TestMtProvider is registered in the test class path and declares TESTMT_KEY
    BackendSettings settings = new BackendSettings(null, null, Map.of(),
        Map.of("TESTMT_KEY", "testmt-secret-789")::get);
    assertEquals("key ***", Secrets.from(settings).redact("key testmt-secret-789"));
  }

  @Test
  void aSecretContainingAnotherIsMaskedWhole() {
    assertEquals("key ***", Secrets.of("abcdef", "abcdef-long-key").redact("key abcdef-long-key"));
  }

  @Test
  void veryShortValuesAreNotTreatedAsSecrets() {
    assertEquals("a b c", Secrets.of("b", "").redact("a b c"));
  }

  @Test
  void toStringShowsOnlyACount() {
    String shown = Secrets.of(Fixtures.KEY).toString();
    assertEquals("Secrets[1 hidden]", shown);
  }

  @Test
  void settingsToStringHidesSecretOptions() {
    String shown = new BackendSettings("http://x", "m", Map.of("api-key", Fixtures.KEY, "oauth-token", Fixtures.KEY,
        "context", "true"), name -> Fixtures.KEY).toString();
    assertFalse(shown.contains(Fixtures.KEY), shown);
    assertEquals("BackendSettings[endpoint=http://x, model=m, options={api-key=***, context=true, oauth-token=***}]", shown);
  }

  @Test
  void aKeyIsMaskedHoweverAServerEchoesIt() {
    String key = "sk-TEST/SECRET+1234567890";
    Secrets secrets = Secrets.of(key);
    assertEquals("json ***", secrets.redact("json sk-TEST\\/SECRET+1234567890"));
    assertEquals("url ***", secrets.redact("url " + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("url ***", secrets.redact("url sk-TEST%2fSECRET%2b1234567890"));
    assertEquals("cut ***…", secrets.redact("cut sk-TEST/SE…"));
    assertEquals("tail …***", secrets.redact("tail …234567890"));
    assertEquals("escaped ***", secrets.redact("escaped " + key.chars().mapToObj(c -> String.format("\\u%04x", c))
        .collect(java.util.stream.Collectors.joining())));
    for (String prefix : new String[] {"", "a", "ab", "user:"}) {
      String basic = java.util.Base64.getEncoder().encodeToString((prefix + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String redacted = secrets.redact("Authorization: Basic " + basic);
      assertFalse(redacted.contains(basic.substring(4, basic.length() - 4)), redacted);
    }
  }

  @Test
  void ordinaryTextBesideAKeyIsLeftAlone() {
    Secrets secrets = Secrets.of(Fixtures.KEY);
    assertEquals("قال الرئيس إن المفتاح *** مرفوض", secrets.redact("قال الرئيس إن المفتاح " + Fixtures.KEY + " مرفوض"));
    assertEquals("The key sk-TEST is too short to be a piece of a key", secrets.redact("The key sk-TEST is too short to be a piece of a key"));
  }

  @Test
  void theUserAndPasswordOfAnEndpointAreSecrets() {
    Secrets secrets = Secrets.from(new BackendSettings("http://alice:s3cr%40t-Passw0rd@127.0.0.1:5000/", null, Map.of(),
        name -> null));
    assertEquals("*** and ***", secrets.redact("s3cr@t-Passw0rd and " + java.util.Base64.getEncoder()
        .encodeToString("alice:s3cr@t-Passw0rd".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }
}
