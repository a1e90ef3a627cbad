package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.time.Instant;
import java.util.List;

/**
 * Which quarantined messages to list ({@code Get-QuarantineMessage}); every filter the pack offers.
 * Values of the enumerated filters are the service's names ({@code Phish}, {@code Inbound}, {@code
 * NotReleased}...), kept as text because Microsoft adds values. The listing is fetched page by page
 * ({@code -Page}, {@code -PageSize} 1-1000); {@code page} is the first page to read. Giving {@code
 * identity} returns that message's details and ignores the summary filters. Immutable and
 * thread-safe; the builder is not.
 *
 * @param identity one message ({@code GUID1\GUID2}), or null
 * @param entityType {@code Email}, {@code SharePointOnline}, {@code Teams}, {@code
 *     DataLossPrevention}, or null
 * @param recipientAddress recipients
 * @param senderAddress senders
 * @param teamsConversationTypes Teams conversation types
 * @param direction {@code Inbound} or {@code Outbound}, or null
 * @param domain domains (reserved by Microsoft; sent as given)
 * @param startReceivedDate received on or after, or null
 * @param endReceivedDate received on or before, or null
 * @param startExpiresDate expiring on or after, or null
 * @param endExpiresDate expiring on or before, or null
 * @param includeMessagesFromBlockedSenderAddress also messages from blocked senders
 * @param messageId the Message-ID header (with angle brackets), or null
 * @param myItems only messages the caller received
 * @param page the first page to read (1-1000)
 * @param pageSize messages per page (1-1000)
 * @param policyName the quarantining policy, or null
 * @param policyTypes policy kinds, e.g. {@code AntiPhishPolicy}
 * @param quarantineTypes e.g. {@code Phish}, {@code Malware}
 * @param recipientTag user tags, e.g. {@code Priority Account}
 * @param releaseStatus e.g. {@code NotReleased}, {@code Released}
 * @param reported reported (true), not reported (false) or either (null)
 * @param subject the subject, or null
 * @param type one quarantine type, or null
 */
public record QuarantineQuery(
    String identity,
    String entityType,
    List<String> recipientAddress,
    List<String> senderAddress,
    List<String> teamsConversationTypes,
    String direction,
    List<String> domain,
    Instant startReceivedDate,
    Instant endReceivedDate,
    Instant startExpiresDate,
    Instant endExpiresDate,
    boolean includeMessagesFromBlockedSenderAddress,
    String messageId,
    boolean myItems,
    int page,
    int pageSize,
    String policyName,
    List<String> policyTypes,
    List<String> quarantineTypes,
    List<String> recipientTag,
    List<String> releaseStatus,
    Boolean reported,
    String subject,
    String type) {
  public QuarantineQuery {
    recipientAddress = Immutable.list(recipientAddress);
    senderAddress = Immutable.list(senderAddress);
    teamsConversationTypes = Immutable.list(teamsConversationTypes);
    domain = Immutable.list(domain);
    policyTypes = Immutable.list(policyTypes);
    quarantineTypes = Immutable.list(quarantineTypes);
    recipientTag = Immutable.list(recipientTag);
    releaseStatus = Immutable.list(releaseStatus);
    if (page < 1 || page > 1000) {
      throw new InvalidRequestException("page must be between 1 and 1000, not " + page);
    }
    if (pageSize < 1 || pageSize > 1000) {
      throw new InvalidRequestException("pageSize must be between 1 and 1000, not " + pageSize);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuarantineQuery}; unset filters are not sent. Not thread-safe. */
  public static final class Builder {
    private String identity;
    private String entityType;
    private List<String> recipientAddress = List.of();
    private List<String> senderAddress = List.of();
    private List<String> teamsConversationTypes = List.of();
    private String direction;
    private List<String> domain = List.of();
    private Instant startReceivedDate;
    private Instant endReceivedDate;
    private Instant startExpiresDate;
    private Instant endExpiresDate;
    private boolean includeMessagesFromBlockedSenderAddress;
    private String messageId;
    private boolean myItems;
    private int page = 1;
    private int pageSize = 100;
    private String policyName;
    private List<String> policyTypes = List.of();
    private List<String> quarantineTypes = List.of();
    private List<String> recipientTag = List.of();
    private List<String> releaseStatus = List.of();
    private Boolean reported;
    private String subject;
    private String type;

    private Builder() {}

    public Builder identity(String identity) {
      this.identity = identity;
      return this;
    }

    public Builder entityType(String entityType) {
      this.entityType = entityType;
      return this;
    }

    public Builder recipientAddress(String... addresses) {
      this.recipientAddress = List.of(addresses);
      return this;
    }

    public Builder senderAddress(String... addresses) {
      this.senderAddress = List.of(addresses);
      return this;
    }

    public Builder teamsConversationTypes(String... types) {
      this.teamsConversationTypes = List.of(types);
      return this;
    }

    public Builder direction(String direction) {
      this.direction = direction;
      return this;
    }

    public Builder domain(String... domains) {
      this.domain = List.of(domains);
      return this;
    }

    public Builder receivedBetween(Instant start, Instant end) {
      this.startReceivedDate = start;
      this.endReceivedDate = end;
      return this;
    }

    public Builder expiresBetween(Instant start, Instant end) {
      this.startExpiresDate = start;
      this.endExpiresDate = end;
      return this;
    }

    public Builder includeMessagesFromBlockedSenderAddress(boolean include) {
      this.includeMessagesFromBlockedSenderAddress = include;
      return this;
    }

    public Builder messageId(String messageId) {
      this.messageId = messageId;
      return this;
    }

    public Builder myItems(boolean myItems) {
      this.myItems = myItems;
      return this;
    }

    public Builder page(int page) {
      this.page = page;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public Builder policyName(String policyName) {
      this.policyName = policyName;
      return this;
    }

    public Builder policyTypes(String... types) {
      this.policyTypes = List.of(types);
      return this;
    }

    public Builder quarantineTypes(String... types) {
      this.quarantineTypes = List.of(types);
      return this;
    }

    public Builder recipientTag(String... tags) {
      this.recipientTag = List.of(tags);
      return this;
    }

    public Builder releaseStatus(String... statuses) {
      this.releaseStatus = List.of(statuses);
      return this;
    }

    public Builder reported(Boolean reported) {
      this.reported = reported;
      return this;
    }

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public QuarantineQuery build() {
      return new QuarantineQuery(
          identity,
          entityType,
          recipientAddress,
          senderAddress,
          teamsConversationTypes,
          direction,
          domain,
          startReceivedDate,
          endReceivedDate,
          startExpiresDate,
          endExpiresDate,
          includeMessagesFromBlockedSenderAddress,
          messageId,
          myItems,
          page,
          pageSize,
          policyName,
          policyTypes,
          quarantineTypes,
          recipientTag,
          releaseStatus,
          reported,
          subject,
          type);
    }
  }
}
