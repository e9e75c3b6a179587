package org.tarjama;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tarjama version, from the build. */
public final class Version {

  private static final String VERSION = load();

  private Version() {
  }

  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) return "dev";
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
