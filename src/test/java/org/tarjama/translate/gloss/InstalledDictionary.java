package org.tarjama.translate.gloss;

import org.tarjama.translate.BackendSettings;
import org.tarjama.translate.BackendUnavailableException;

/** The gloss backend over the dictionary installed on this machine (dict-freedict-ara-eng), built once per JVM. */
final class InstalledDictionary {

  private static GlossTranslator translator;

  private InstalledDictionary() {
  }

  static synchronized GlossTranslator translator() {
    if (translator == null) {
      try {
        translator = new GlossProvider().create(BackendSettings.fromEnvironment());
      } catch (BackendUnavailableException e) {
        throw new AssertionError("these tests read the installed FreeDict dictionary: " + e.getMessage(), e);
      }
    }
    return translator;
  }

  static Glosser glosser() {
    return translator().glosser();
  }
}
