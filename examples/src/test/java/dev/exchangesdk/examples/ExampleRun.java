package dev.exchangesdk.examples;

import com.squareup.moshi.Moshi;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.examples.support.Context;
import dev.exchangesdk.examples.support.FakeExchangeSource;
import dev.exchangesdk.testkit.FakeExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One run of the examples' command line, with what it printed. */
record ExampleRun(int exitCode, String out, String err) {
  /** Every command that talks to a tenant (all but create-certificate). */
  static final java.util.List<String> TENANT_COMMANDS =
      java.util.List.of(
          "demo",
          "monitor",
          "search",
          "attachments",
          "export-eml",
          "clean-up",
          "send",
          "reply",
          "junk",
          "allow-block",
          "trace",
          "purge",
          "check");

  static final String FAKE_NOTICE =
      "No tenant configured: running against an embedded FakeExchange seeded with the demo tenant";

  /** Runs a command line against {@code fake} (which the test keeps and inspects afterwards). */
  static ExampleRun run(FakeExchange fake, String... args) {
    return run(fake, Map.of(), args);
  }

  static ExampleRun run(FakeExchange fake, Map<String, String> environment, String... args) {
    return run(environment, FakeExchangeSource.shared(fake), HttpOptions.defaults(), args);
  }

  /**
   * Runs a command line with the given FakeExchange source (used without tenant settings) and
   * network settings (used with them).
   */
  static ExampleRun run(
      Map<String, String> environment,
      FakeExchangeSource fakes,
      HttpOptions httpOptions,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Context context = new Context(o, e, environment, fakes, httpOptions);
      int code = Examples.execute(context, args);
      return new ExampleRun(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** stdout parsed as the JSON object {@code --json} prints. */
  @SuppressWarnings("unchecked")
  Map<String, Object> json() {
    try {
      return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> json, String key) {
    return (List<Map<String, Object>>) json.get(key);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
