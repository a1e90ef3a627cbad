package dev.exchangesdk.core.cmdlet;

import java.util.Objects;

/**
 * A warning a cmdlet wrote while it ran (PowerShell's warning stream, {@code @adminapi.warnings} on
 * the wire). The call itself succeeded; the warning often explains why it changed nothing ("The
 * command completed successfully but no settings of ... have been modified") or what to check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cmdlet the cmdlet that wrote it, e.g. {@code Set-MailboxJunkEmailConfiguration}
 * @param message the warning text as the service wrote it
 */
public record CmdletWarning(String cmdlet, String message) {
  public CmdletWarning {
    Objects.requireNonNull(cmdlet, "cmdlet");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return cmdlet + ": " + message;
  }
}
