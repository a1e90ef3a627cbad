package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Entries to remove from the Tenant Allow/Block List ({@code Remove-TenantAllowBlockListItems}), by
 * value or by id, never both. Always sent as arrays, also for one value (the pack dropped a single
 * id). Immutable and thread-safe.
 *
 * @param entries values to remove (empty when removing by id)
 * @param ids entry ids to remove (empty when removing by value)
 * @param listType the list
 * @param listSubType the subtype; {@link AllowBlockListSubType#TENANT} when null
 */
public record AllowBlockListRemoveRequest(
    List<String> entries,
    List<String> ids,
    AllowBlockListType listType,
    AllowBlockListSubType listSubType) {
  public AllowBlockListRemoveRequest {
    entries = Immutable.list(entries);
    ids = Immutable.list(ids);
    Objects.requireNonNull(listType, "listType");
    listSubType = listSubType == null ? AllowBlockListSubType.TENANT : listSubType;
    if (entries.isEmpty() == ids.isEmpty()) {
      throw new InvalidRequestException(
          "Give either entries or ids to remove, not " + (entries.isEmpty() ? "neither" : "both"));
    }
  }

  /** Removes entries by value. */
  public static AllowBlockListRemoveRequest byEntries(
      AllowBlockListType listType, Collection<String> entries) {
    return new AllowBlockListRemoveRequest(List.copyOf(entries), List.of(), listType, null);
  }

  /** Removes entries by id ({@link AllowBlockListEntry#identity()}). */
  public static AllowBlockListRemoveRequest byIds(
      AllowBlockListType listType, Collection<String> ids) {
    return new AllowBlockListRemoveRequest(List.of(), List.copyOf(ids), listType, null);
  }

  /** The same request for another subtype. */
  public AllowBlockListRemoveRequest withListSubType(AllowBlockListSubType subType) {
    return new AllowBlockListRemoveRequest(entries, ids, listType, subType);
  }
}
