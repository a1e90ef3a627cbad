package dev.exchangesdk.testkit.internal.store;

import java.time.Instant;

/**
 * A mailbox's automatic replies, as EWS {@code GetUserOofSettings} returns them.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class OofSettings {
  /** {@code Disabled}, {@code Enabled} or {@code Scheduled}. */
  public String state = "Disabled";

  /** {@code None}, {@code Known} or {@code All}. */
  public String externalAudience = "All";

  public Instant start;
  public Instant end;
  public String internalReply = "";
  public String externalReply = "";
}
