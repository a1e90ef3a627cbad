package dev.exchangesdk.examples.support;

import dev.exchangesdk.core.HttpOptions;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command run gets from outside: its streams, the environment variables, where the
 * FakeExchange comes from when no tenant is configured, and the network settings for a tenant.
 *
 * @param out results (and, in text mode, status lines)
 * @param err errors (and, in JSON mode, status lines)
 * @param environment the environment variables ({@code EXCHANGE_TENANT} ...)
 * @param fakes the FakeExchange used without a tenant
 * @param httpOptions timeouts, proxy and TLS trust for a configured tenant (tests give a
 *     FakeExchange's, which trust its test CA); the embedded FakeExchange brings its own
 */
public record Context(
    PrintStream out,
    PrintStream err,
    Map<String, String> environment,
    FakeExchangeSource fakes,
    HttpOptions httpOptions) {

  /**
   * A real process: System.out/err, the process environment, a fresh demo tenant per command, the
   * SDK's default network settings (the JVM's trust store).
   */
  public static Context system() {
    return new Context(
        System.out,
        System.err,
        System.getenv(),
        FakeExchangeSource.embeddedDemoTenant(),
        HttpOptions.defaults());
  }
}
