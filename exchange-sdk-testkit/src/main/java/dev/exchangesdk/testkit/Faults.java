package dev.exchangesdk.testkit;

import dev.exchangesdk.testkit.internal.http.FaultPlan;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Duration;
import java.util.Objects;

/**
 * Failures to inject, the way Exchange Online fails. Into the next calls of an endpoint kind:
 * throttling (EWS {@code ErrorServerBusy} in either of its forms with {@code BackOffMilliseconds};
 * admin and compliance HTTP 429 with {@code Retry-After}), HTTP 503, added latency, connections
 * closed without a response, EWS switched off for the tenant (HTTP 403), and token endpoint
 * failures. Into EWS calls acting on one mailbox: the mailbox being moved or its database
 * unavailable. Into one item: {@code GetItem} reporting it corrupt or sending XML no parser
 * accepts. And sync states the server stops accepting. Counted faults are consumed one per request,
 * in the order they were added.
 *
 * <pre>{@code
 * fake.faults()
 *     .ewsServerBusy(2, Duration.ofMillis(500), ServerBusyForm.SOAP_FAULT)
 *     .serviceUnavailable(Endpoint.ADMIN, 1)
 *     .mailboxUnavailable("soc@contoso.com", MailboxUnavailable.MOVE_IN_PROGRESS, 8)
 *     .unreadableItem("soc@contoso.com", itemId, UnreadableItem.CORRUPT_DATA);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Faults {
  private final FaultPlan plan;
  private final Tenant tenant;

  Faults(FaultPlan plan, Tenant tenant) {
    this.plan = plan;
    this.tenant = tenant;
  }

  /**
   * Throttles the next {@code times} calls: EWS answers {@code ErrorServerBusy} as an HTTP 500 SOAP
   * fault, the admin and compliance endpoints HTTP 429, the token endpoint HTTP 429 with
   * AADSTS50196; {@code backOff} is the requested wait.
   */
  public Faults throttle(Endpoint endpoint, int times, Duration backOff) {
    Objects.requireNonNull(endpoint, "endpoint");
    plan.add(
        endpoint,
        new FaultPlan.Fault(
            FaultPlan.Kind.THROTTLE, requirePositive(backOff), ServerBusyForm.SOAP_FAULT, null),
        times);
    return this;
  }

  /** EWS {@code ErrorServerBusy} in the chosen form for the next {@code times} EWS calls. */
  public Faults ewsServerBusy(int times, Duration backOff, ServerBusyForm form) {
    Objects.requireNonNull(form, "form");
    plan.add(
        Endpoint.EWS,
        new FaultPlan.Fault(FaultPlan.Kind.THROTTLE, requirePositive(backOff), form, null),
        times);
    return this;
  }

  /** HTTP 503 for the next {@code times} calls. */
  public Faults serviceUnavailable(Endpoint endpoint, int times) {
    plan.add(
        Objects.requireNonNull(endpoint, "endpoint"),
        new FaultPlan.Fault(FaultPlan.Kind.UNAVAILABLE, null, null, null),
        times);
    return this;
  }

  /** HTTP 503 with a {@code Retry-After} header for the next {@code times} calls. */
  public Faults serviceUnavailable(Endpoint endpoint, int times, Duration retryAfter) {
    plan.add(
        Objects.requireNonNull(endpoint, "endpoint"),
        new FaultPlan.Fault(FaultPlan.Kind.UNAVAILABLE, requirePositive(retryAfter), null, null),
        times);
    return this;
  }

  /** Delays every call of an endpoint kind by {@code delay} until cleared (zero clears). */
  public Faults latency(Endpoint endpoint, Duration delay) {
    plan.setLatency(
        Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(delay, "delay"));
    return this;
  }

  /** Delays the next {@code times} calls by {@code delay}. */
  public Faults latency(Endpoint endpoint, Duration delay, int times) {
    plan.add(
        Objects.requireNonNull(endpoint, "endpoint"),
        new FaultPlan.Fault(FaultPlan.Kind.LATENCY, requirePositive(delay), null, null),
        times);
    return this;
  }

  /** Reads the request, then closes the connection without any response, {@code times} times. */
  public Faults dropConnections(Endpoint endpoint, int times) {
    plan.add(
        Objects.requireNonNull(endpoint, "endpoint"),
        new FaultPlan.Fault(FaultPlan.Kind.DROP, null, null, null),
        times);
    return this;
  }

  /** Switches EWS off (HTTP 403 for every EWS call, as a tenant with EWSEnabled=False) or on. */
  public Faults ewsDisabled(boolean disabled) {
    plan.setEwsDisabled(disabled);
    return this;
  }

  /** Makes the next {@code times} token requests fail this way. */
  public Faults failTokenRequests(int times, TokenFailure failure) {
    plan.add(
        Endpoint.TOKEN,
        new FaultPlan.Fault(
            FaultPlan.Kind.TOKEN_FAILURE,
            Duration.ofSeconds(1),
            null,
            Objects.requireNonNull(failure, "failure")),
        times);
    return this;
  }

  /**
   * Makes the next {@code times} EWS calls acting on a mailbox (impersonating it) answer as while
   * Exchange moves the mailbox or cannot reach its database: HTTP 200 with one response message of
   * {@code ResponseClass="Error"} and the reason's {@code ResponseCode} ({@code
   * ErrorMailboxMoveInProgress}, {@code ErrorMailboxStoreUnavailable}). The call does nothing.
   * Calls acting on other mailboxes are not affected; faults queued per endpoint strike first.
   *
   * @throws IllegalArgumentException if the fake has no such mailbox or {@code times} is below 1
   */
  public Faults mailboxUnavailable(String mailbox, MailboxUnavailable reason, int times) {
    Objects.requireNonNull(reason, "reason");
    plan.addMailboxUnavailable(mailboxOf(mailbox).guid, reason, times);
    return this;
  }

  /**
   * Stops accepting every sync state ({@code SyncFolderItems} and {@code SyncFolderHierarchy})
   * issued so far, for every mailbox and the public folders: a call with one answers {@code
   * ErrorInvalidSyncStateData}, as Exchange does after it lost or rebuilt its sync data. A client
   * must synchronize again from an empty state; states issued from now on work. Not undone by
   * {@link #clear()}.
   */
  public Faults revokeSyncStates() {
    tenant.locked(() -> tenant.revokeSyncStates(null));
    return this;
  }

  /**
   * Stops accepting the sync states issued so far for one mailbox's folders, as {@link
   * #revokeSyncStates()} does for all.
   *
   * @throws IllegalArgumentException if the fake has no such mailbox
   */
  public Faults revokeSyncStates(String mailbox) {
    Mailbox m = mailboxOf(mailbox);
    tenant.locked(() -> tenant.revokeSyncStates(m.guid));
    return this;
  }

  /**
   * Makes {@code GetItem} fail to give one item of a mailbox, every time, until {@link #clear()}:
   * {@link UnreadableItem#CORRUPT_DATA} answers its response message with {@code ErrorCorruptData}
   * (the other items of the batch still succeed); {@link UnreadableItem#INVALID_XML_CHARACTER} puts
   * {@code &#x1A;} into the body it writes, so the whole response cannot be parsed. Other
   * operations (FindItem, SyncFolderItems, ...) show the item as usual. The fault belongs to the
   * item id: a copy, or the item moved to another folder (which gets a new id), reads normally.
   *
   * @throws IllegalArgumentException if the fake has no such mailbox or item, or the item is in
   *     another mailbox
   */
  public Faults unreadableItem(String mailbox, String itemId, UnreadableItem how) {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(how, "how");
    Mailbox m = mailboxOf(mailbox);
    Item item = tenant.locked(() -> tenant.itemById(itemId));
    if (item == null || item.mailbox != m) {
      throw new IllegalArgumentException("No item " + itemId + " in mailbox " + mailbox);
    }
    plan.setUnreadable(item.serial, how);
    return this;
  }

  /** How many counted faults are still waiting for calls to an endpoint kind. */
  public int pending(Endpoint endpoint) {
    return plan.pending(endpoint);
  }

  /** How many {@link #mailboxUnavailable} answers are still waiting for calls on a mailbox. */
  public int pending(String mailbox) {
    return plan.pendingMailboxUnavailable(mailboxOf(mailbox).guid);
  }

  /**
   * Removes every queued fault (per endpoint and per mailbox), the standing latencies and the
   * unreadable items, and switches EWS back on. Revoked sync states stay revoked.
   */
  public Faults clear() {
    plan.clear();
    return this;
  }

  private Mailbox mailboxOf(String address) {
    Objects.requireNonNull(address, "mailbox");
    Mailbox m = tenant.locked(() -> tenant.mailbox(address));
    if (m == null) {
      throw new IllegalArgumentException("No mailbox " + address + " in " + tenant.domain);
    }
    return m;
  }

  private static Duration requirePositive(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
    return d;
  }
}
