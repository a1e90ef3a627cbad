package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Entries to add to the Tenant Allow/Block List ({@code New-TenantAllowBlockListItems}).
 *
 * <p>An entry expires on {@link Builder#expiration(Instant)}, never ({@link
 * Builder#noExpiration()}), or 45 days after its last use ({@link
 * Builder#removeAfter45DaysUnused()}, allow entries only); these are mutually exclusive and, with
 * none, the service expires the entry after 30 days. The builder refuses combinations the cmdlet
 * rejects: two expiry choices, an empty entry list, file hashes over 64 characters, URLs over 250.
 * Immutable and thread-safe; the builder is not.
 *
 * @param entries the values to add
 * @param listType what the entries are
 * @param listSubType the subtype
 * @param action allow or block
 * @param notes notes stored with the entries, or null
 * @param expiration when the entries expire, or null
 * @param noExpiration whether they never expire
 * @param removeAfter45DaysUnused whether allow entries go 45 days after their last use
 */
public record AllowBlockListAddRequest(
    List<String> entries,
    AllowBlockListType listType,
    AllowBlockListSubType listSubType,
    AllowBlockAction action,
    String notes,
    Instant expiration,
    boolean noExpiration,
    boolean removeAfter45DaysUnused) {
  public AllowBlockListAddRequest {
    entries = Immutable.list(entries);
    Objects.requireNonNull(listType, "listType");
    Objects.requireNonNull(action, "action");
    listSubType = listSubType == null ? AllowBlockListSubType.TENANT : listSubType;
    AllowBlockListRules.validateEntries(entries, listType);
    int expiryChoices =
        (expiration != null ? 1 : 0) + (noExpiration ? 1 : 0) + (removeAfter45DaysUnused ? 1 : 0);
    if (expiryChoices > 1) {
      throw new InvalidRequestException(
          "Choose one of expiration date, no expiration and remove-after-45-days: the cmdlet"
              + " accepts only one");
    }
    if (removeAfter45DaysUnused && action != AllowBlockAction.ALLOW) {
      throw new InvalidRequestException("Remove-after-45-days applies to allow entries only");
    }
  }

  public static Builder builder(
      AllowBlockListType listType, AllowBlockAction action, Collection<String> entries) {
    return new Builder(listType, action, entries);
  }

  /** Builds an {@link AllowBlockListAddRequest}. Not thread-safe. */
  public static final class Builder {
    private final AllowBlockListType listType;
    private final AllowBlockAction action;
    private final List<String> entries;
    private AllowBlockListSubType listSubType = AllowBlockListSubType.TENANT;
    private String notes;
    private Instant expiration;
    private boolean noExpiration;
    private boolean removeAfter45DaysUnused;

    private Builder(
        AllowBlockListType listType, AllowBlockAction action, Collection<String> entries) {
      this.listType = listType;
      this.action = action;
      this.entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public Builder listSubType(AllowBlockListSubType listSubType) {
      this.listSubType = listSubType;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /** The entries expire at this instant (sent in UTC). */
    public Builder expiration(Instant expiration) {
      this.expiration = expiration;
      return this;
    }

    /** The entries never expire. */
    public Builder noExpiration() {
      this.noExpiration = true;
      return this;
    }

    /**
     * Allow entries are removed 45 days after the filter last needed them ({@code -RemoveAfter
     * 45}).
     */
    public Builder removeAfter45DaysUnused() {
      this.removeAfter45DaysUnused = true;
      return this;
    }

    public AllowBlockListAddRequest build() {
      return new AllowBlockListAddRequest(
          entries,
          listType,
          listSubType,
          action,
          notes,
          expiration,
          noExpiration,
          removeAfter45DaysUnused);
    }
  }
}
