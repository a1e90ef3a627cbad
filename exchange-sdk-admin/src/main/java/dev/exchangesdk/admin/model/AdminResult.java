package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.util.List;

/**
 * What an operation returned, with the warnings the cmdlet wrote while it ran.
 *
 * <p>A write can succeed and still change nothing; the cmdlet then says why in a warning ("The
 * command completed successfully but no settings of 'ann' have been modified"). Writes return this
 * wrapper so that those warnings cannot be missed; operations with no output return {@code
 * AdminResult<Void>} with a {@code null} value. Small reads that return a list at once (the {@link
 * dev.exchangesdk.admin.Organization} reads, quarantine exports) return it too. Listings carry
 * their warnings on each {@link dev.exchangesdk.core.Page#warnings() page}; every warning also goes
 * to the client's warning listener and the log.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param value the operation's result, or {@code null} for operations without one
 * @param warnings the cmdlet's warnings, in order
 * @param <T> the result type
 */
public record AdminResult<T>(T value, List<CmdletWarning> warnings) {
  public AdminResult {
    warnings = Immutable.list(warnings);
  }

  /** Whether the cmdlet wrote any warning. */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
