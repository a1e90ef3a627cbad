package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * A mailbox's client access settings ({@code Get-CASMailbox}): which protocols may reach it. Every
 * property is in {@link #raw()}. Immutable and thread-safe.
 *
 * @param identity the service's identity
 * @param name the object name
 * @param displayName the display name
 * @param primarySmtpAddress the primary SMTP address
 * @param guid the GUID
 * @param emailAddresses every proxy address
 * @param activeSyncEnabled Exchange ActiveSync allowed
 * @param ecpEnabled the Exchange admin center allowed
 * @param ewsEnabled Exchange Web Services allowed
 * @param imapEnabled IMAP4 allowed
 * @param mapiEnabled MAPI (Outlook) allowed
 * @param owaEnabled Outlook on the web allowed
 * @param popEnabled POP3 allowed
 * @param serverLegacyDn the server's legacy DN
 * @param raw every property the service returned
 */
public record CasMailbox(
    String identity,
    String name,
    String displayName,
    String primarySmtpAddress,
    String guid,
    List<String> emailAddresses,
    Boolean activeSyncEnabled,
    Boolean ecpEnabled,
    Boolean ewsEnabled,
    Boolean imapEnabled,
    Boolean mapiEnabled,
    Boolean owaEnabled,
    Boolean popEnabled,
    String serverLegacyDn,
    Map<String, Object> raw) {
  public CasMailbox {
    emailAddresses = Immutable.list(emailAddresses);
    raw = Immutable.map(raw);
  }
}
