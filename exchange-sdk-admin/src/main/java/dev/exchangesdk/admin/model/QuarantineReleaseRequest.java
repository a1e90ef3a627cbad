package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.List;

/**
 * Quarantined messages to release ({@code Release-QuarantineMessage}), to all original recipients
 * or to the given users, not both (the cmdlet refuses that combination). Every input set here is
 * sent (the pack silently ignored {@code release_to_all} for a while). Immutable and thread-safe;
 * the builder is not.
 *
 * @param identities the messages ({@code GUID1\GUID2}), at least one
 * @param users release to these addresses
 * @param releaseToAll release to every original recipient
 * @param allowSender stop quarantining this sender's mail
 * @param entityType {@code Email}, {@code SharePointOnline}, {@code Teams}, {@code
 *     DataLossPrevention}, or null
 * @param force release again messages already released
 * @param reportFalsePositive report the message to Microsoft as a false positive
 * @param actionType release, deny or request, or null for the service's default
 */
public record QuarantineReleaseRequest(
    List<String> identities,
    List<String> users,
    boolean releaseToAll,
    boolean allowSender,
    String entityType,
    boolean force,
    boolean reportFalsePositive,
    QuarantineReleaseAction actionType) {
  public QuarantineReleaseRequest {
    identities = Immutable.list(identities);
    users = Immutable.list(users);
    if (identities.isEmpty() || identities.stream().anyMatch(String::isBlank)) {
      throw new InvalidRequestException("At least one quarantine identity is required");
    }
    if (releaseToAll && !users.isEmpty()) {
      throw new InvalidRequestException(
          "Release to all recipients or to given users, not both: the cmdlet rejects the"
              + " combination");
    }
  }

  public static Builder builder(String... identities) {
    return new Builder(List.of(identities));
  }

  /** Builds a {@link QuarantineReleaseRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<String> identities;
    private List<String> users = List.of();
    private boolean releaseToAll;
    private boolean allowSender;
    private String entityType;
    private boolean force;
    private boolean reportFalsePositive;
    private QuarantineReleaseAction actionType;

    private Builder(List<String> identities) {
      this.identities = identities;
    }

    public Builder users(String... users) {
      this.users = List.of(users);
      return this;
    }

    public Builder releaseToAll(boolean releaseToAll) {
      this.releaseToAll = releaseToAll;
      return this;
    }

    public Builder allowSender(boolean allowSender) {
      this.allowSender = allowSender;
      return this;
    }

    public Builder entityType(String entityType) {
      this.entityType = entityType;
      return this;
    }

    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    public Builder reportFalsePositive(boolean report) {
      this.reportFalsePositive = report;
      return this;
    }

    public Builder actionType(QuarantineReleaseAction actionType) {
      this.actionType = actionType;
      return this;
    }

    public QuarantineReleaseRequest build() {
      return new QuarantineReleaseRequest(
          identities,
          users,
          releaseToAll,
          allowSender,
          entityType,
          force,
          reportFalsePositive,
          actionType);
    }
  }
}
