package dev.exchangesdk.ews.monitor.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress of one monitored folder: what its checkpoint holds. Mutable, confined to the thread
 * polling the folder; {@link CheckpointCodec} turns it into the stored document and back.
 */
public final class FolderState {
  /** The format version this code writes; it reads this one only. */
  public static final int FORMAT = 1;

  /** Identity: the monitored folder this state belongs to. */
  String mailbox;

  String folder;

  /** The resolved folder (id survives renames) and its display name when last resolved. */
  String folderId;

  String folderName;

  /** {@code sync} or {@code query}: the feed that wrote the feed-specific fields below. */
  String feed;

  /** The time filter ({@code received-time} / {@code modified-time}) the hashes were made for. */
  String timeFilter;

  /** Sync feed: the sync state before the current batch ({@code null}: from scratch). */
  String syncState;

  /** Hashes of the current batch's mails already handled (they join {@link #recent} after it). */
  IdSet batchHandled = new IdSet(Integer.MAX_VALUE);

  /** Hashes of the current batch's items deliberately passed over (old, not mail, gone ...). */
  IdSet batchSkipped = new IdSet(Integer.MAX_VALUE);

  /**
   * Hashes of the mails that may be handed to the handler before the next checkpoint write: every
   * mail is in this set, durably, before it is handed over, so after a crash its redelivery is
   * flagged. Handled mails leave it at the write that records them.
   */
  IdSet inFlight = new IdSet(Integer.MAX_VALUE);

  /** Set until the first synchronization completes: older items are skipped silently. */
  Instant firstRunCutoff;

  /** The latest received / modified time of a handled mail (or the first-run cutoff). */
  Instant highWaterReceived;

  Instant highWaterModified;

  /** When the monitor last completed a batch (every item up to it handled or skipped). */
  Instant settledAt;

  Resync resync;

  /** Query feed: the time mark and the hashes of items at exactly that mark already processed. */
  Instant queryMark;

  IdSet queryBoundary;

  /** Hashes of recently handled mails, newest last. */
  IdSet recent;

  List<PendingAction> pending = new ArrayList<>();

  long handledTotal;

  Instant createdAt;

  Instant updatedAt;

  /** The store version this state was loaded at (0: never saved). Not part of the document. */
  long version;

  FolderState(int recentCapacity, int boundaryCapacity) {
    this.recent = new IdSet(recentCapacity);
    this.queryBoundary = new IdSet(boundaryCapacity);
  }

  /** A fresh state for a folder that has no checkpoint yet. */
  static FolderState fresh(
      String mailbox, String folder, int recentCapacity, int boundaryCapacity, Instant now) {
    FolderState s = new FolderState(recentCapacity, boundaryCapacity);
    s.mailbox = mailbox;
    s.folder = folder;
    s.createdAt = now;
    return s;
  }

  /** Whether the current batch already dealt with this item. */
  boolean batchSeen(long hash) {
    return batchHandled.contains(hash) || batchSkipped.contains(hash);
  }

  /**
   * Ends the current batch: its handled mails join the remembered ones (kept constant during a
   * batch, so each per-mail checkpoint write reuses their encoding).
   */
  void endBatch() {
    recent.addAll(batchHandled);
    batchHandled.clear();
    batchSkipped.clear();
  }

  Instant highWater(boolean modified) {
    return modified ? highWaterModified : highWaterReceived;
  }

  void raiseHighWater(Instant received, Instant modified) {
    if (received != null && (highWaterReceived == null || received.isAfter(highWaterReceived))) {
      highWaterReceived = received;
    }
    if (modified != null && (highWaterModified == null || modified.isAfter(highWaterModified))) {
      highWaterModified = modified;
    }
  }

  public String folderId() {
    return folderId;
  }

  public Instant highWaterReceived() {
    return highWaterReceived;
  }

  public Instant highWaterModified() {
    return highWaterModified;
  }

  public long handledTotal() {
    return handledTotal;
  }

  public int pendingActions() {
    return pending.size();
  }

  public long version() {
    return version;
  }
}
