package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * A user account as Exchange sees it ({@code Get-User}, about 100 properties): the usual ones
 * typed, all of them in {@link #raw()}. Immutable and thread-safe.
 *
 * @param identity the service's identity
 * @param guid the GUID
 * @param userPrincipalName the UPN
 * @param displayName the display name
 * @param firstName the given name
 * @param lastName the surname
 * @param title the job title
 * @param department the department
 * @param manager the manager's identity
 * @param phone the phone number
 * @param windowsEmailAddress the primary address as the directory knows it
 * @param recipientTypeDetails e.g. {@code UserMailbox}, {@code User}
 * @param externalDirectoryObjectId the Entra object id
 * @param accountDisabled whether sign-in is blocked
 * @param isDirSynced whether the account is synchronised from on-premises
 * @param stsRefreshTokensValidFrom refresh tokens issued before this are revoked
 * @param whenCreated when the account was created
 * @param whenChanged when it last changed
 * @param raw every property the service returned
 */
public record DirectoryUser(
    String identity,
    String guid,
    String userPrincipalName,
    String displayName,
    String firstName,
    String lastName,
    String title,
    String department,
    String manager,
    String phone,
    String windowsEmailAddress,
    String recipientTypeDetails,
    String externalDirectoryObjectId,
    Boolean accountDisabled,
    Boolean isDirSynced,
    Instant stsRefreshTokensValidFrom,
    Instant whenCreated,
    Instant whenChanged,
    Map<String, Object> raw) {
  public DirectoryUser {
    raw = Immutable.map(raw);
  }
}
