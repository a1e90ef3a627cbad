package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.ExchangeException;
import java.util.List;
import java.util.Objects;

/**
 * The members of a distribution group (pack {@code ews-expand-group}: {@code name}, {@code
 * members}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the group's address as given
 * @param members the members; with recursive expansion, the people and other non-group entries of
 *     every nested group, each once (the first occurrence wins), and no groups
 * @param nestedGroups with recursive expansion, the groups that were expanded below the top one,
 *     each once; else empty
 * @param failedGroups nested groups that could not be expanded, with the reason (their members are
 *     missing from {@link #members()}); a group met again (a cycle) is not a failure
 * @param complete whether the server returned every member of every expanded group ({@code
 *     IncludesLastItemInRange}) and no nested group failed
 */
public record DistributionGroup(
    String address,
    List<Recipient> members,
    List<Recipient> nestedGroups,
    List<GroupFailure> failedGroups,
    boolean complete) {

  public DistributionGroup {
    Objects.requireNonNull(address, "address");
    members = List.copyOf(members);
    nestedGroups = List.copyOf(nestedGroups);
    failedGroups = List.copyOf(failedGroups);
  }

  /** A nested group that could not be expanded. */
  public record GroupFailure(Recipient group, ExchangeException error) {}
}
