package dev.exchangesdk.examples.support;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command run gets from outside: its streams, the environment variables, and where the
 * FakeExchange comes from when no tenant is configured.
 *
 * @param out results (and, in text mode, status lines)
 * @param err errors (and, in JSON mode, status lines)
 * @param environment the environment variables ({@code EXCHANGE_TENANT} ...)
 * @param fakes the FakeExchange used without a tenant
 */
public record Context(
    PrintStream out, PrintStream err, Map<String, String> environment, FakeExchangeSource fakes) {

  /** A real process: System.out/err, the process environment, a fresh demo tenant per command. */
  public static Context system() {
    return new Context(
        System.out, System.err, System.getenv(), FakeExchangeSource.embeddedDemoTenant());
  }
}
