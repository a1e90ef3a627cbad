package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * A Send As permission on a recipient ({@code Get-RecipientPermission}). The service sends {@code
 * AccessRights} either as names ({@code ["SendAs"]}) or as the numeric flags ({@code 1}); {@link
 * #accessRights()} is always the names. Immutable and thread-safe.
 *
 * @param identity the recipient
 * @param trustee who holds the permission
 * @param accessControlType {@code Allow} or {@code Deny}
 * @param accessRights the rights by name, e.g. {@code SendAs}
 * @param inheritanceType e.g. {@code None}
 * @param isInherited whether the entry is inherited
 * @param raw every property the service returned
 */
public record RecipientPermission(
    String identity,
    String trustee,
    String accessControlType,
    List<String> accessRights,
    String inheritanceType,
    Boolean isInherited,
    Map<String, Object> raw) {
  public RecipientPermission {
    accessRights = Immutable.list(accessRights);
    raw = Immutable.map(raw);
  }
}
