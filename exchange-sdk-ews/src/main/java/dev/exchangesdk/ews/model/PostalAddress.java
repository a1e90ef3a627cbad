package dev.exchangesdk.ews.model;

/**
 * A physical address of a contact; parts the contact does not have are {@code null}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key {@code Business}, {@code Home} or {@code Other}
 */
public record PostalAddress(
    String key,
    String street,
    String city,
    String state,
    String countryOrRegion,
    String postalCode) {

  /** Whether no part is set. */
  public boolean isEmpty() {
    return street == null
        && city == null
        && state == null
        && countryOrRegion == null
        && postalCode == null;
  }
}
