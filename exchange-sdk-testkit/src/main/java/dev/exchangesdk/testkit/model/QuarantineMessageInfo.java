package dev.exchangesdk.testkit.model;

import java.util.List;

/**
 * A quarantined message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param identity the quarantine identity ({@code guid\guid})
 * @param messageId the Internet Message-ID
 * @param senderAddress the sender
 * @param recipients the recipients it was quarantined for
 * @param subject the subject
 * @param type {@code Phish}, {@code Malware}, {@code Spam}, {@code TransportRule}, ...
 * @param releaseStatus {@code NOTRELEASED}, {@code RELEASED}, {@code DENIED}, {@code REQUESTED}
 * @param releasedTo recipients it was released to
 */
public record QuarantineMessageInfo(
    String identity,
    String messageId,
    String senderAddress,
    List<String> recipients,
    String subject,
    String type,
    String releaseStatus,
    List<String> releasedTo) {

  public QuarantineMessageInfo {
    recipients = List.copyOf(recipients);
    releasedTo = List.copyOf(releasedTo);
  }
}
