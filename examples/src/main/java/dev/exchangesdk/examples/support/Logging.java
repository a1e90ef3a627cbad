package dev.exchangesdk.examples.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiet by default (warnings only, see logback.xml); {@code --verbose} shows the SDK's debug logs.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    if (verbose) {
      level("dev.exchangesdk", Level.DEBUG);
      level("dev.exchangesdk.cmdlet", Level.DEBUG);
      // The in-process FakeExchange logs under dev.exchangesdk.testkit: keep the server side quiet.
      level("dev.exchangesdk.testkit", Level.INFO);
    }
  }

  private static void level(String logger, Level level) {
    if (LoggerFactory.getLogger(logger) instanceof Logger l) {
      l.setLevel(level);
    }
  }
}
