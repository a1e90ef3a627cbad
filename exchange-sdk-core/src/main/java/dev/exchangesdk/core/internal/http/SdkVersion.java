package dev.exchangesdk.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version and the {@code User-Agent} built from it. */
public final class SdkVersion {
  /** The version from the build, e.g. {@code 0.1.0}. */
  public static final String VERSION = load();

  /** {@code exchange-sdk-java/<version>}: tenants can allow or block EWS clients by this. */
  public static final String USER_AGENT = "exchange-sdk-java/" + VERSION;

  private SdkVersion() {}

  private static String load() {
    try (InputStream in =
        SdkVersion.class.getResourceAsStream("/dev/exchangesdk/core/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }

  /** The full User-Agent value, with the caller's suffix when set. */
  public static String userAgent(String suffix) {
    return suffix == null || suffix.isBlank() ? USER_AGENT : USER_AGENT + " " + suffix.strip();
  }
}
