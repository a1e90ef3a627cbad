package dev.exchangesdk.examples.support;

import picocli.CommandLine.Option;

/** How a command prints: text tables or JSON, quiet or with the SDK's debug logs. */
public final class OutputOptions {
  @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show the SDK's debug logs (HTTP calls, retries, tokens; secrets redacted).")
  boolean verbose;
}
