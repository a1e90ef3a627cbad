package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A quarantined message or file ({@code Get-QuarantineMessage}). Pass {@link #identity()} (the form
 * {@code GUID1\GUID2}) back verbatim to export or release it. Immutable and thread-safe.
 *
 * @param identity the quarantine identity, {@code GUID1\GUID2}
 * @param messageId the Message-ID header
 * @param senderAddress the sender
 * @param recipientAddress the recipients
 * @param recipientCount how many recipients
 * @param subject the subject
 * @param receivedTime when it arrived
 * @param expires when quarantine deletes it
 * @param direction {@code Inbound} or {@code Outbound}
 * @param entityType e.g. {@code Email}
 * @param type why it was quarantined, e.g. {@code Phish}
 * @param quarantineTypes the quarantine types
 * @param policyName the policy that quarantined it
 * @param policyType the kind of that policy
 * @param releaseStatus e.g. {@code NotReleased}
 * @param released whether it was released
 * @param releasedBy who released it
 * @param releasedCount to how many recipients it was released
 * @param reported whether it was reported as a false positive
 * @param size its size in bytes
 * @param systemReleased whether Microsoft released it
 * @param tagName the recipient's user tag
 * @param permissions what the caller may do with it
 * @param raw every property the service returned
 */
public record QuarantinedMessage(
    String identity,
    String messageId,
    String senderAddress,
    List<String> recipientAddress,
    Integer recipientCount,
    String subject,
    Instant receivedTime,
    Instant expires,
    String direction,
    String entityType,
    String type,
    List<String> quarantineTypes,
    String policyName,
    String policyType,
    String releaseStatus,
    Boolean released,
    List<String> releasedBy,
    Integer releasedCount,
    Boolean reported,
    Long size,
    Boolean systemReleased,
    String tagName,
    QuarantinePermissions permissions,
    Map<String, Object> raw) {
  public QuarantinedMessage {
    recipientAddress = Immutable.list(recipientAddress);
    quarantineTypes = Immutable.list(quarantineTypes);
    releasedBy = Immutable.list(releasedBy);
    raw = Immutable.map(raw);
  }
}
