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
}
