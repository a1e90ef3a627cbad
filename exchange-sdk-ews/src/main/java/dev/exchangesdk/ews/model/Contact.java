package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.List;

/**
 * A contact from a Contacts folder or the directory (pack {@code ews-get-contacts}: {@code
 * displayName}, {@code emailAddresses}, {@code phoneNumbers}, {@code physicalAddresses}, {@code
 * lastModifiedTime}). Empty values the server sends as empty elements are left out of the lists.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item id (contacts folder), or {@code null} for a directory entry
 * @param displayName the display name
 * @param givenName the first name
 * @param surname the last name
 * @param companyName the company
 * @param jobTitle the job title
 * @param department the department
 * @param emailAddresses the e-mail addresses, by slot
 * @param phoneNumbers the phone numbers, by kind
 * @param physicalAddresses the postal addresses that have any part set
 * @param lastModifiedAt when it last changed, or {@code null}
 * @param source {@code Store} (a Contacts folder) or {@code ActiveDirectory}, or {@code null}
 */
public record Contact(
    String id,
    String displayName,
    String givenName,
    String surname,
    String companyName,
    String jobTitle,
    String department,
    List<ContactEntry> emailAddresses,
    List<ContactEntry> phoneNumbers,
    List<PostalAddress> physicalAddresses,
    Instant lastModifiedAt,
    String source) {

  public Contact {
    emailAddresses = List.copyOf(emailAddresses);
    phoneNumbers = List.copyOf(phoneNumbers);
    physicalAddresses = List.copyOf(physicalAddresses);
  }
}
