package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;

/**
 * Which directory objects to list: CAS mailboxes, recipients, users, recipient permissions and
 * audit bypass associations take the same few filters. Filters a cmdlet has no parameter for are
 * sent as an OPATH {@code -Filter}; a {@code limit} of 0 or less means all ({@code ResultSize
 * Unlimited}).
 *
 * <p>Immutable and thread-safe; the builder is not.
 *
 * @param identity one object (name, alias, SMTP address, UPN, GUID or DN), or null for all
 * @param organizationalUnit {@code -OrganizationalUnit}, or null
 * @param primarySmtpAddress only the object with this primary SMTP address, or null
 * @param userPrincipalName only the object with this UPN, or null
 * @param recipientTypeDetails e.g. {@code UserMailbox}; empty for all
 * @param filter an OPATH filter of your own, or null
 * @param limit the most objects to return; 0 or less for all
 */
public record DirectoryQuery(
    String identity,
    String organizationalUnit,
    String primarySmtpAddress,
    String userPrincipalName,
    List<String> recipientTypeDetails,
    String filter,
    int limit) {
  public DirectoryQuery {
    recipientTypeDetails = Immutable.list(recipientTypeDetails);
  }

  /** Everything, no limit. */
  public static DirectoryQuery all() {
    return builder().build();
  }

  /** One object by identity. */
  public static DirectoryQuery identity(String identity) {
    return builder().identity(identity).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectoryQuery}. Not thread-safe. */
  public static final class Builder {
    private String identity;
    private String organizationalUnit;
    private String primarySmtpAddress;
    private String userPrincipalName;
    private List<String> recipientTypeDetails = List.of();
    private String filter;
    private int limit;

    private Builder() {}

    public Builder identity(String identity) {
      this.identity = identity;
      return this;
    }

    public Builder organizationalUnit(String organizationalUnit) {
      this.organizationalUnit = organizationalUnit;
      return this;
    }

    public Builder primarySmtpAddress(String primarySmtpAddress) {
      this.primarySmtpAddress = primarySmtpAddress;
      return this;
    }

    public Builder userPrincipalName(String userPrincipalName) {
      this.userPrincipalName = userPrincipalName;
      return this;
    }

    public Builder recipientTypeDetails(String... types) {
      this.recipientTypeDetails = List.of(types);
      return this;
    }

    public Builder filter(String opathFilter) {
      this.filter = opathFilter;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public DirectoryQuery build() {
      return new DirectoryQuery(
          identity,
          organizationalUnit,
          primarySmtpAddress,
          userPrincipalName,
          recipientTypeDetails,
          filter,
          limit);
    }
  }
}
