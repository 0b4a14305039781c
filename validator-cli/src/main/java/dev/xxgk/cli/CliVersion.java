package dev.xxgk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build wrote into {@code version.properties}. */
final class CliVersion {

  private CliVersion() {}

  static String get() {
    try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
