package dev.exchangesdk.testkit.internal.store;

import java.util.Locale;

/**
 * A display name and SMTP address, as EWS {@code t:Mailbox} elements and MIME address headers carry
 * them. {@code mailboxType} is the EWS {@code MailboxType} ({@code Mailbox}, {@code PublicDL},
 * {@code OneOff}, ...), or {@code null} when unknown.
 *
 * <p>Immutable and thread-safe.
 */
public record EmailAddress(String name, String address, String mailboxType) {

  /** An address without a known mailbox type. */
  public static EmailAddress of(String name, String address) {
    return new EmailAddress(name, address, null);
  }

  /** The address in lower case, the form the store indexes by. */
  public String key() {
    return address == null ? "" : address.toLowerCase(Locale.ROOT);
  }

  /** The address's domain in lower case, or an empty string. */
  public String domain() {
    String k = key();
    int at = k.lastIndexOf('@');
    return at < 0 ? "" : k.substring(at + 1);
  }

  /** {@code "Name" <address>} or the bare address, for display and MIME headers. */
  public String display() {
    if (name == null || name.isBlank() || name.equalsIgnoreCase(address)) {
      return address;
    }
    return name + " <" + address + ">";
  }
}
