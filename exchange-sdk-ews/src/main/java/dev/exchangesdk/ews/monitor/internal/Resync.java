package dev.exchangesdk.ews.monitor.internal;

import java.time.Instant;

/**
 * A re-synchronization from scratch in progress (the server rejected the sync state, the folder was
 * replaced, or the change feed changed). While it runs, the folder's items arrive again as new; the
 * monitor delivers those it cannot have handled before.
 *
 * @param reason why it started, for reports
 * @param since the high-water mark when it started: items newer than this were never handled
 * @param settledAt when the last batch before it completed: items unchanged since then were already
 *     settled (handled or deliberately skipped)
 */
public record Resync(String reason, Instant since, Instant settledAt) {}
