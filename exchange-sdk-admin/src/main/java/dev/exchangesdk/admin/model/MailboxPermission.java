package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * One entry of a mailbox's permissions ({@code Get-MailboxPermission}): who has which rights on it.
 * Rights include {@code FullAccess}, {@code ReadPermission}, {@code SendAs}, {@code ChangeOwner},
 * {@code ChangePermission}, {@code DeleteItem}, {@code ExternalAccount}. Immutable and thread-safe.
 *
 * @param identity the mailbox
 * @param user the user or group holding the rights
 * @param accessRights the rights, one per element
 * @param deny whether this entry denies rather than grants
 * @param inheritanceType e.g. {@code All}
 * @param isInherited whether the entry is inherited
 * @param raw every property the service returned
 */
public record MailboxPermission(
    String identity,
    String user,
    List<String> accessRights,
    Boolean deny,
    String inheritanceType,
    Boolean isInherited,
    Map<String, Object> raw) {
  public MailboxPermission {
    accessRights = Immutable.list(accessRights);
    raw = Immutable.map(raw);
  }
}
