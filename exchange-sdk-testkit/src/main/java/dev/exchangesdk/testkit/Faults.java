package dev.exchangesdk.testkit;

import dev.exchangesdk.testkit.internal.http.FaultPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * Failures to inject into the next calls of an endpoint kind, the way Exchange Online fails:
 * throttling (EWS {@code ErrorServerBusy} in either of its forms with {@code BackOffMilliseconds};
 * admin and compliance HTTP 429 with {@code Retry-After}), HTTP 503, added latency, connections
 * closed without a response, EWS switched off for the tenant (HTTP 403), and token endpoint
 * failures. Counted faults are consumed one per request, in the order they were added.
 *
 * <pre>{@code
 * fake.faults()
 *     .ewsServerBusy(2, Duration.ofMillis(500), ServerBusyForm.SOAP_FAULT)
 *     .serviceUnavailable(Endpoint.ADMIN, 1);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Faults {
  private final FaultPlan plan;

  Faults(FaultPlan plan) {
    this.plan = plan;
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

  /** How many counted faults are still waiting for calls to an endpoint kind. */
  public int pending(Endpoint endpoint) {
    return plan.pending(endpoint);
  }

  /** Removes every queued fault, the standing latencies, and switches EWS back on. */
  public Faults clear() {
    plan.clear();
    return this;
  }

  private static Duration requirePositive(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
    return d;
  }
}
