package dev.exchangesdk.ews.model;

/**
 * A directory or contact entry as EWS returns it in group expansions and name resolutions (pack:
 * {@code mailbox}, {@code displayName}, {@code mailboxType}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the display name, or {@code null}
 * @param address the address ({@code SMTP}), an X.500 DN ({@code EX}), or {@code null}
 * @param routingType {@code SMTP}, {@code EX} ..., or {@code null}
 * @param type the kind of entry
 * @param itemId for contacts and contact groups in a Contacts folder, their item id, else {@code
 *     null}
 */
public record Recipient(
    String name, String address, String routingType, RecipientType type, String itemId) {

  public Recipient {
    type = type == null ? RecipientType.UNKNOWN : type;
  }

  /** {@code name <address>}, or the part that is known. */
  @Override
  public String toString() {
    return new EmailAddress(name, address, routingType).toString();
  }
}
