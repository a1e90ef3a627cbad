package dev.exchangesdk.ews.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads payloads copied from the reference pack into {@code src/test/resources/ews}. */
public final class Fixtures {
  private Fixtures() {}

  /** The text of {@code ews/<path>}, e.g. {@code examples/GetFolder-response.xml}. */
  public static String ews(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("ews/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource ews/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
