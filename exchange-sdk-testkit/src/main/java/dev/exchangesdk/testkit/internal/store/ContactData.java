package dev.exchangesdk.testkit.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contact-specific fields of a contact item ({@code IPM.Contact}).
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class ContactData {
  public String displayName;
  public String givenName;
  public String surname;
  public String companyName;
  public String jobTitle;

  /** {@code EmailAddress1..3} to address. */
  public final Map<String, String> emailAddresses = new LinkedHashMap<>();

  /** {@code BusinessPhone}, {@code MobilePhone}, ... to number. */
  public final Map<String, String> phoneNumbers = new LinkedHashMap<>();

  /** {@code Business}, {@code Home}, {@code Other} to a street/city/state/country/postal map. */
  public final Map<String, Map<String, String>> physicalAddresses = new LinkedHashMap<>();

  public ContactData copy() {
    ContactData c = new ContactData();
    c.displayName = displayName;
    c.givenName = givenName;
    c.surname = surname;
    c.companyName = companyName;
    c.jobTitle = jobTitle;
    c.emailAddresses.putAll(emailAddresses);
    c.phoneNumbers.putAll(phoneNumbers);
    physicalAddresses.forEach((k, v) -> c.physicalAddresses.put(k, new LinkedHashMap<>(v)));
    return c;
  }
}
