package dev.exchangesdk.testkit.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant-wide objects the admin cmdlets manage: Tenant Allow/Block List, mail flow (transport)
 * rules, quarantine and remote domains.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class AdminData {
  public final List<AllowBlockEntry> allowBlockList = new ArrayList<>();
  public final List<TransportRule> transportRules = new ArrayList<>();
  public final List<QuarantinedMessage> quarantine = new ArrayList<>();
  public final List<RemoteDomain> remoteDomains = new ArrayList<>();

  /** One Tenant Allow/Block List entry. */
  public static final class AllowBlockEntry {
    public String identity;
    public String listType;
    public String listSubType = "Tenant";
    public String action;
    public String value;
    public String notes;
    public Instant expirationDate;
    public Instant lastModified;
    public String modifiedBy;
    public String submissionId;
    public boolean sysManaged;
    public String entryValueHash;

    /** A new entry with the identity and value hash the service would give it. */
    public static AllowBlockEntry create(
        UUID tenantId,
        String listType,
        String listSubType,
        String action,
        String value,
        Instant expiration,
        String notes,
        Instant now,
        String modifiedBy) {
      AllowBlockEntry e = new AllowBlockEntry();
      e.identity =
          Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(sha256(tenantId + listType + value))
                  .substring(0, 40)
              + "AAAA0";
      e.listType = listType;
      e.listSubType = listSubType;
      e.action = action;
      e.value = value;
      e.notes = notes;
      e.expirationDate = expiration;
      e.lastModified = now;
      e.modifiedBy = modifiedBy;
      e.entryValueHash =
          listType.equals("FileHash")
              ? value.toLowerCase(Locale.ROOT)
              : HexFormat.of().formatHex(sha256(value.toLowerCase(Locale.ROOT)));
      return e;
    }

    private static byte[] sha256(String text) {
      try {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * One mail flow rule. Conditions, exceptions and actions are kept as the cmdlet parameters that
   * set them ({@code SubjectContainsWords}, {@code PrependSubject}, ...), in order.
   */
  public static final class TransportRule {
    public final UUID guid;
    public String name;
    public int priority;
    public boolean enabled = true;
    public String mode = "Enforce";
    public String comments;
    public String createdBy;
    public Instant whenChanged;
    public final Map<String, Object> parameters = new LinkedHashMap<>();

    public TransportRule(UUID guid) {
      this.guid = guid;
    }
  }

  /** One quarantined message. */
  public static final class QuarantinedMessage {
    public String identity;
    public String messageId;
    public String senderAddress;
    public final List<String> recipients = new ArrayList<>();
    public String subject;
    public Instant receivedTime;
    public Instant expires;
    public String direction = "Inbound";
    public String type;
    public String policyName;
    public String policyType;
    public String releaseStatus = "NOTRELEASED";
    public final List<String> releasedTo = new ArrayList<>();
    public final List<String> releasedBy = new ArrayList<>();
    public boolean reported;
    public boolean systemReleased;
    public String tagName = "AdminOnlyAccessPolicy";
    public byte[] eml;

    /** A message quarantined now for some recipients, with a new {@code guid\\guid} identity. */
    public static QuarantinedMessage of(
        Tenant t,
        Item content,
        String type,
        String policyType,
        String policyName,
        List<String> recipients) {
      QuarantinedMessage q = new QuarantinedMessage();
      q.identity = t.newGuid() + "\\" + t.newGuid();
      q.messageId = content.internetMessageId;
      q.senderAddress = content.from == null ? "" : content.from.address();
      q.recipients.addAll(recipients);
      q.subject = content.subject;
      q.receivedTime = t.now();
      q.expires = q.receivedTime.plusSeconds(30L * 86400);
      q.type = type;
      q.policyType = policyType;
      q.policyName = policyName;
      q.eml = content.mime();
      return q;
    }
  }

  /** One remote domain. */
  public static final class RemoteDomain {
    public String identity;
    public String domainName;
    public boolean autoForwardEnabled = true;
    public boolean autoReplyEnabled = true;
    public String allowedOofType = "External";
    public boolean deliveryReportEnabled = true;
    public boolean ndrEnabled = true;
    public boolean isInternal;
    public String tnefEnabled;
    public String targetDeliveryDomain;
    public boolean trustedMailInboundEnabled;
    public boolean trustedMailOutboundEnabled;
    public String contentType = "MimeHtmlText";
    public String characterSet;
  }
}
