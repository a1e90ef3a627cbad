package dev.exchangesdk.ews.model;

/**
 * A sender or recipient.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the display name, or {@code null}
 * @param address the address: SMTP for internet mail, an X.500 DN for some internal senders ({@code
 *     routingType} {@code EX}), or {@code null} when the server gave none
 * @param routingType {@code SMTP}, {@code EX} ..., or {@code null}
 */
public record EmailAddress(String name, String address, String routingType) {

  /** An SMTP address without a display name. */
  public static EmailAddress of(String address) {
    return new EmailAddress(null, address, "SMTP");
  }

  /** {@code Name <address>}, or the part that is known. */
  @Override
  public String toString() {
    if (name == null || name.isBlank()) {
      return address == null ? "" : address;
    }
    return address == null ? name : name + " <" + address + ">";
  }
}
