package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.AuditBypassAssociation;
import dev.exchangesdk.admin.model.CasMailbox;
import dev.exchangesdk.admin.model.DirectoryUser;
import dev.exchangesdk.admin.model.Mailbox;
import dev.exchangesdk.admin.model.MailboxPermission;
import dev.exchangesdk.admin.model.Recipient;
import dev.exchangesdk.admin.model.RecipientPermission;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the directory model records from cmdlet output objects. */
public final class DirectoryMappers {
  /** {@code RecipientAccessRight} flags from the service's $metadata: SendAs = 1. */
  private static final String[] RECIPIENT_ACCESS_RIGHTS = {"SendAs"};

  private DirectoryMappers() {}

  public static Mailbox mailbox(CmdletObject o) {
    return new Mailbox(
        o.string("Guid"),
        o.string("Identity"),
        o.string("Name"),
        o.string("DisplayName"),
        o.string("Alias"),
        o.string("PrimarySmtpAddress"),
        o.string("UserPrincipalName"),
        o.string("ExternalDirectoryObjectId"),
        o.string("ExchangeObjectId"),
        o.string("DistinguishedName"),
        o.string("RecipientType"),
        o.string("RecipientTypeDetails"),
        o.strings("EmailAddresses"),
        o.string("ForwardingAddress"),
        o.string("ForwardingSmtpAddress"),
        o.bool("DeliverToMailboxAndForward"),
        when(o, "WhenCreatedUTC", "WhenCreated"),
        when(o, "WhenChangedUTC", "WhenChanged"),
        o.asMap());
  }

  public static CasMailbox casMailbox(CmdletObject o) {
    return new CasMailbox(
        o.string("Identity"),
        o.string("Name"),
        o.string("DisplayName"),
        o.string("PrimarySmtpAddress"),
        o.string("Guid"),
        o.strings("EmailAddresses"),
        o.bool("ActiveSyncEnabled"),
        o.bool("ECPEnabled"),
        o.bool("EwsEnabled"),
        o.bool("ImapEnabled"),
        o.bool("MAPIEnabled"),
        o.bool("OWAEnabled"),
        o.bool("PopEnabled"),
        o.string("ServerLegacyDN"),
        o.asMap());
  }

  public static MailboxPermission mailboxPermission(CmdletObject o) {
    return new MailboxPermission(
        o.string("Identity"),
        o.string("User"),
        o.strings("AccessRights"),
        o.bool("Deny"),
        o.string("InheritanceType"),
        o.bool("IsInherited"),
        o.asMap());
  }

  public static RecipientPermission recipientPermission(CmdletObject o) {
    return new RecipientPermission(
        o.string("Identity"),
        o.string("Trustee"),
        o.string("AccessControlType"),
        recipientAccessRights(o),
        o.string("InheritanceType"),
        o.bool("IsInherited"),
        o.asMap());
  }

  /** {@code ["SendAs"]}, {@code "SendAs"}, {@code 1} or {@code [1]} all become {@code [SendAs]}. */
  static List<String> recipientAccessRights(CmdletObject o) {
    Object v = o.get("AccessRights");
    List<Object> values = new ArrayList<>();
    if (v instanceof List<?> l) {
      values.addAll(l);
    } else if (v != null) {
      values.add(v);
    }
    List<String> names = new ArrayList<>();
    for (Object value : values) {
      BigInteger flags = value instanceof Number n ? new BigInteger(n.toString()) : null;
      if (flags == null && value != null && value.toString().strip().matches("\\d+")) {
        flags = new BigInteger(value.toString().strip());
      }
      if (flags == null) {
        for (String part : String.valueOf(value).split(",")) {
          if (!part.isBlank()) {
            names.add(part.strip());
          }
        }
        continue;
      }
      for (int bit = 0; bit < flags.bitLength(); bit++) {
        if (flags.testBit(bit)) {
          names.add(
              bit < RECIPIENT_ACCESS_RIGHTS.length
                  ? RECIPIENT_ACCESS_RIGHTS[bit]
                  : String.valueOf(BigInteger.ONE.shiftLeft(bit)));
        }
      }
    }
    return names;
  }

  public static Recipient recipient(CmdletObject o) {
    return new Recipient(
        o.string("Identity"),
        o.string("Guid"),
        o.string("Name"),
        o.string("Alias"),
        o.string("DisplayName"),
        o.string("PrimarySmtpAddress"),
        o.strings("EmailAddresses"),
        o.string("ExternalDirectoryObjectId"),
        o.string("RecipientType"),
        o.string("RecipientTypeDetails"),
        o.asMap());
  }

  public static DirectoryUser user(CmdletObject o) {
    return new DirectoryUser(
        o.string("Identity"),
        o.string("Guid"),
        o.string("UserPrincipalName"),
        o.string("DisplayName"),
        o.string("FirstName"),
        o.string("LastName"),
        o.string("Title"),
        o.string("Department"),
        o.string("Manager"),
        o.string("Phone"),
        o.string("WindowsEmailAddress"),
        o.string("RecipientTypeDetails"),
        o.string("ExternalDirectoryObjectId"),
        o.bool("AccountDisabled"),
        o.bool("IsDirSynced"),
        o.instant("StsRefreshTokensValidFrom"),
        when(o, "WhenCreatedUTC", "WhenCreated"),
        when(o, "WhenChangedUTC", "WhenChanged"),
        o.asMap());
  }

  public static AuditBypassAssociation auditBypass(CmdletObject o) {
    return new AuditBypassAssociation(
        o.string("Identity"),
        o.string("Name"),
        o.string("Guid"),
        o.string("ObjectId"),
        o.bool("AuditBypassEnabled"),
        when(o, "WhenCreatedUTC", "WhenCreated"),
        when(o, "WhenChangedUTC", "WhenChanged"),
        o.asMap());
  }

  /** The UTC variant when present (unambiguous), else the local one. */
  static Instant when(CmdletObject o, String utc, String local) {
    Instant i = o.instant(utc);
    return i != null ? i : o.instant(local);
  }
}
