package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.util.List;

/**
 * What happened to one mailbox in a bulk update. Immutable and thread-safe.
 *
 * @param key the resume key: the Entra object id, else the primary SMTP address
 * @param mailbox the address (or id) the update targeted
 * @param status updated, skipped (done by an earlier run) or failed
 * @param warnings the cmdlet's warnings for this mailbox
 * @param error why it failed, or null
 */
public record MailboxUpdateOutcome(
    String key,
    String mailbox,
    Status status,
    List<CmdletWarning> warnings,
    ExchangeException error) {
  public MailboxUpdateOutcome {
    warnings = Immutable.list(warnings);
  }

  /** How one mailbox fared. */
  public enum Status {
    UPDATED,
    SKIPPED,
    FAILED
  }
}
