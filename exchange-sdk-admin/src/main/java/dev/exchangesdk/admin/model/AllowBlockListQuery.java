package dev.exchangesdk.admin.model;

import dev.exchangesdk.core.InvalidRequestException;
import java.time.Instant;

/**
 * Which Tenant Allow/Block List entries to list ({@code Get-TenantAllowBlockListItems}). {@code
 * expirationDate} and {@code noExpiration} are mutually exclusive. Immutable and thread-safe.
 *
 * @param listType the list to read (required)
 * @param listSubType the subtype; {@link AllowBlockListSubType#TENANT} when null
 * @param action only allow or only block entries, or null for both
 * @param entry only the entry with this value, or null
 * @param expirationDate only entries expiring at this instant, or null
 * @param noExpiration only entries that never expire
 */
public record AllowBlockListQuery(
    AllowBlockListType listType,
    AllowBlockListSubType listSubType,
    AllowBlockAction action,
    String entry,
    Instant expirationDate,
    boolean noExpiration) {
  public AllowBlockListQuery {
    if (listType == null) {
      throw new InvalidRequestException(
          "listType is required: Get-TenantAllowBlockListItems needs -ListType (to count every"
              + " list, use TenantAllowBlockList.count(null, ...))");
    }
    listSubType = listSubType == null ? AllowBlockListSubType.TENANT : listSubType;
    if (expirationDate != null && noExpiration) {
      throw new InvalidRequestException("expirationDate and noExpiration are mutually exclusive");
    }
  }

  /** Every entry of one list type (tenant subtype, both actions). */
  public static AllowBlockListQuery of(AllowBlockListType listType) {
    return new AllowBlockListQuery(listType, null, null, null, null, false);
  }

  /** Every entry of one list type with one action. */
  public static AllowBlockListQuery of(AllowBlockListType listType, AllowBlockAction action) {
    return new AllowBlockListQuery(listType, null, action, null, null, false);
  }
}
