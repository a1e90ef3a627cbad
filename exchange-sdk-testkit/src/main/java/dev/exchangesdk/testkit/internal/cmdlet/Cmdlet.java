package dev.exchangesdk.testkit.internal.cmdlet;

import java.util.Set;
import java.util.TreeSet;

/**
 * One cmdlet the fake understands: its name, the parameters it accepts (anything else is refused
 * like the service refuses an unknown parameter), and what it does.
 *
 * <p>Immutable and thread-safe.
 */
public record Cmdlet(String name, Set<String> parameters, Body body) {

  /** The work of a cmdlet; runs under the tenant lock. */
  @FunctionalInterface
  public interface Body {
    CmdletResult run(CmdletContext ctx) throws CmdletException;
  }

  /** Common parameters every cmdlet accepts (PowerShell's, plus the module's). */
  static final Set<String> COMMON =
      Set.of("Confirm", "WhatIf", "ErrorAction", "WarningAction", "Verbose", "Debug", "Force");

  public static Cmdlet of(String name, Body body, String... parameters) {
    Set<String> p = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    p.addAll(Set.of(parameters));
    p.addAll(COMMON);
    return new Cmdlet(name, p, body);
  }
}
