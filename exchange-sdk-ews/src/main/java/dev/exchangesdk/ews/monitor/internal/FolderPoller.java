package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.ews.InvalidSyncStateException;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemChange;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.ItemSort;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.monitor.ChangeFeed;
import dev.exchangesdk.ews.monitor.CheckpointConflictException;
import dev.exchangesdk.ews.monitor.CheckpointException;
import dev.exchangesdk.ews.monitor.CorruptCheckpointException;
import dev.exchangesdk.ews.monitor.MailEvent;
import dev.exchangesdk.ews.monitor.MailHandlerException;
import dev.exchangesdk.ews.monitor.MonitorError;
import dev.exchangesdk.ews.monitor.MonitoredFolder;
import dev.exchangesdk.ews.monitor.PollOutcome;
import dev.exchangesdk.ews.monitor.PollReport;
import dev.exchangesdk.ews.monitor.StoredCheckpoint;
import dev.exchangesdk.ews.monitor.UnparsableMailException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one monitored folder: loads its checkpoint, finds the new mail (sync or query feed), hands
 * each mail to the handler and records it, one checkpoint write per group of handled mails (see
 * {@code checkpointEvery}). One poll at a time per folder; thread-safe otherwise.
 *
 * <p>The invariants every step keeps: the checkpoint never records a mail as handled before the
 * handler returned; and a mail is handed over only while the stored checkpoint names it in its
 * {@code inFlight} set. A mail is therefore delivered again only if the process stops between its
 * handler's return and the write that records it, and its redelivery is then flagged.
 */
public final class FolderPoller {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews.monitor");

  /** The fields the change listing needs to classify an item. */
  private static final Set<ItemField> LISTING_FIELDS =
      Collections.unmodifiableSet(
          EnumSet.of(
              ItemField.ITEM_CLASS,
              ItemField.RECEIVED_AT,
              ItemField.LAST_MODIFIED_AT,
              ItemField.SIZE));

  /** SyncFolderItems returns at most this many changes per call. */
  static final int MAX_SYNC_CHANGES = 512;

  /** Sync calls in one poll before yielding (the service polls again at once). */
  static final int MAX_SYNC_CALLS_PER_POLL = 20;

  /** Full items read per GetItem, and their total size bound, to keep the heap small. */
  static final int MAX_ITEMS_PER_READ = 50;

  static final long MAX_BYTES_PER_READ = 8L << 20;

  /** Clock difference between this host and the server that re-sync decisions tolerate. */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

  /** How often the configured path of a folder is checked against the folder being watched. */
  static final Duration PATH_CHECK_INTERVAL = Duration.ofHours(1);

  private final MonitoredFolder folder;
  private final MonitorSettings settings;
  private final Mailbox mailbox;
  private final String key;
  private final boolean queryFeed;
  private final CheckpointCodec codec;
  private final EventFactory events;
  private final PostActionRunner postActions;
  private final StatusTracker status;
  private final ReentrantLock running = new ReentrantLock();
  private volatile Instant pathCheckedAt;

  public FolderPoller(
      MonitoredFolder folder,
      MonitorSettings settings,
      CheckpointCodec codec,
      EventFactory events) {
    this.folder = folder;
    this.settings = settings;
    this.mailbox = settings.client().mailbox(folder.mailbox());
    this.key = folder.key();
    this.queryFeed =
        settings.changeFeed() == ChangeFeed.QUERY
            || (settings.changeFeed() == ChangeFeed.AUTO && folder.folder().isPublicFolder());
    this.codec = codec;
    this.events = events;
    this.postActions = new PostActionRunner(ItemWriters.of(mailbox), folder, settings);
    this.status = new StatusTracker(folder, settings.maxConsecutiveDeferrals());
  }

  public MonitoredFolder folder() {
    return folder;
  }

  public StatusTracker status() {
    return status;
  }

  /** Gives up this instance's lease on the folder (the monitor is closing). */
  public void releaseLease() {
    try {
      settings.store().releaseLease(key, settings.instanceId());
    } catch (RuntimeException e) {
      LOG.debug("Releasing the lease of {} failed: {}", key, e.toString());
    }
  }

  /**
   * Polls the folder once.
   *
   * @param stop asked between mails: true ends the poll after the current mail is recorded
   */
  public PollReport poll(BooleanSupplier stop) {
    Instant started = settings.clock().instant();
    if (!running.tryLock()) {
      PollRecorder r = new PollRecorder(folder, started);
      r.note("a poll of this folder was already running");
      return r.finish(PollOutcome.SKIPPED, started, null);
    }
    try {
      status.pollStarted(started);
      PollReport report = new Poll(stop, started).run();
      status.pollFinished(report);
      log(report);
      return report;
    } finally {
      running.unlock();
    }
  }

  private void log(PollReport r) {
    if (r.outcome() == PollOutcome.FAILED) {
      LOG.warn("Poll of {} failed after {} mails: {}", folder, r.delivered(), r.error().toString());
    } else if (r.outcome() == PollOutcome.DEFERRED) {
      LOG.info(
          "Poll of {} deferred after {} mails: {}",
          folder,
          r.delivered(),
          r.error() == null ? "" : r.error().toString());
    } else if (r.delivered() > 0 || !r.notes().isEmpty()) {
      LOG.info(
          "Polled {}: {} mails delivered{}{}",
          folder,
          r.delivered(),
          r.morePending() ? ", more pending" : "",
          r.notes().isEmpty() ? "" : "; " + String.join("; ", r.notes()));
    } else {
      LOG.debug("Polled {}: nothing new", folder);
    }
  }

  /** One poll: its checkpoint state, counters and stop signal. */
  private final class Poll {
    private final BooleanSupplier stop;
    private final PollRecorder report;
    private FolderState state;
    private final IdSet inFlightAtStart = new IdSet(Integer.MAX_VALUE);

    /**
     * The mails of {@link #inFlightAtStart} not handled again yet: they may have been handed over
     * by an earlier run, so every write keeps them in flight until they are delivered (flagged) or
     * their batch is over.
     */
    private final IdSet carried = new IdSet(Integer.MAX_VALUE);

    private Long handingOver;
    private int delivered;

    /** Mails handled since the last checkpoint write, and when that write was. */
    private int unrecorded;

    private long lastWriteNanos = System.nanoTime();
    private final java.util.Set<String> triedActions = new java.util.HashSet<>();

    Poll(BooleanSupplier stop, Instant started) {
      this.stop = stop;
      this.report = new PollRecorder(folder, started);
    }

    PollReport run() {
      try {
        if (!settings.store().tryLease(key, settings.instanceId(), settings.leaseDuration())) {
          report.note("another monitor instance holds this folder's lease");
          return finish(PollOutcome.SKIPPED, null);
        }
        state = load();
        inFlightAtStart.addAll(state.inFlight);
        carried.addAll(state.inFlight);
        resolveFolder();
        reconcileFeed();
        checkPath();
        postActions.flush(state, report, this::save, triedActions);
        if (queryFeed) {
          runQuery();
        } else {
          runSync();
        }
        postActions.flush(state, report, this::save, triedActions);
        return finish(PollOutcome.COMPLETED, null);
      } catch (CheckpointConflictException e) {
        report.note("another monitor instance advanced this folder; it continues there");
        return finish(PollOutcome.SKIPPED, e);
      } catch (CheckpointException e) {
        return failed(e);
      } catch (MailHandlerException | UnparsableMailException e) {
        recordAfterFailure();
        return failed(e);
      } catch (ExchangeException e) {
        recordAfterFailure();
        return exchangeFailure(e);
      } catch (RuntimeException e) {
        LOG.error("Unexpected failure while polling {}", folder, e);
        return failed(e);
      }
    }

    /**
     * The poll ended by an error: record the mails handled since the last write, and keep in flight
     * only the mails that may have been handed over: the one whose handler failed, if one did, and
     * the ones carried from an earlier run. Mails named in flight but never handed over are not
     * flagged next time. If this write fails too, the stored checkpoint still names every mail
     * handed over since.
     */
    private void recordAfterFailure() {
      if (state == null) {
        return;
      }
      IdSet mayBeHandedOver = new IdSet(Integer.MAX_VALUE);
      mayBeHandedOver.addAll(carried);
      if (handingOver != null) {
        mayBeHandedOver.add(handingOver);
      }
      if (unrecorded == 0 && state.inFlight.sameIds(mayBeHandedOver)) {
        return;
      }
      try {
        state.inFlight = mayBeHandedOver;
        save();
      } catch (RuntimeException e) {
        LOG.debug("Could not record the progress of {} after a failure: {}", folder, e.toString());
      }
    }

    private PollReport exchangeFailure(ExchangeException e) {
      String code = e.errorCode();
      if ("ErrorMailboxStoreUnavailable".equals(code)
          || "ErrorMailboxMoveInProgress".equals(code)) {
        // The mailbox is being moved or rebalanced: an empty poll, not an error (PARITY 3.3).
        report.note("mailbox temporarily unavailable (" + code + ")");
        return finish(PollOutcome.DEFERRED, e);
      }
      if (e instanceof ThrottledException
          || e instanceof ServiceUnavailableException
          || e instanceof TransportException) {
        if (status.consecutiveDeferrals() + 1 >= settings.maxConsecutiveDeferrals()) {
          report.note(
              "throttled or unavailable " + settings.maxConsecutiveDeferrals() + " polls in a row");
          return failed(e);
        }
        return finish(PollOutcome.DEFERRED, e);
      }
      return failed(e);
    }

    private PollReport failed(Throwable e) {
      PollReport r = finish(PollOutcome.FAILED, e);
      if (settings.errorListener() != null) {
        try {
          settings
              .errorListener()
              .onError(new MonitorError(MonitorError.Kind.POLL_FAILED, folder, null, e));
        } catch (Exception listenerFailure) {
          LOG.warn("The monitor's error listener failed: {}", listenerFailure.toString());
        }
      }
      return r;
    }

    private PollReport finish(PollOutcome outcome, Throwable error) {
      if (state != null) {
        status.checkpoint(state);
      }
      return report.finish(outcome, settings.clock().instant(), error);
    }

    // ---- checkpoint

    private FolderState load() {
      Optional<StoredCheckpoint> stored = settings.store().load(key);
      if (stored.isEmpty()) {
        Instant now = settings.clock().instant();
        FolderState s =
            FolderState.fresh(
                folder.mailbox(),
                folder.folder().toString(),
                settings.rememberedIds(),
                MonitorDefaults.BOUNDARY_IDS,
                now);
        Instant cutoff = now.minus(settings.firstFetchWindow());
        s.firstRunCutoff = cutoff;
        s.highWaterReceived = cutoff;
        s.highWaterModified = cutoff;
        s.queryMark = cutoff;
        s.timeFilter = settings.timeFilter().packName();
        report.note("first run: delivering mail from " + cutoff + " on");
        return s;
      }
      StoredCheckpoint c = stored.get();
      FolderState s = codec.decode(key, c.data(), c.version());
      if (!s.mailbox.equalsIgnoreCase(folder.mailbox())
          || !s.folder.equals(folder.folder().toString())) {
        throw new CorruptCheckpointException(
            key,
            "The checkpoint stored under " + key + " belongs to " + s.mailbox + " " + s.folder,
            null);
      }
      return s;
    }

    /** Writes the whole state: every mail handled so far is recorded. */
    private void save() {
      state.updatedAt = settings.clock().instant();
      byte[] data = codec.encode(state);
      settings.store().save(key, state.version, data);
      state.version++;
      unrecorded = 0;
      lastWriteNanos = System.nanoTime();
    }

    // ---- folder identity

    private void resolveFolder() {
      if (state.folderId != null) {
        return;
      }
      MailFolder f = mailbox.getFolder(folder.folder());
      state.folderId = f.id();
      state.folderName = f.displayName();
      pathCheckedAt = settings.clock().instant();
    }

    /** A renamed folder keeps working by id; say so when the configured path no longer matches. */
    private void checkPath() {
      if (folder.folder().kind() != FolderRef.Kind.PATH) {
        return;
      }
      Instant now = settings.clock().instant();
      Instant last = pathCheckedAt;
      if (last != null && now.isBefore(last.plus(PATH_CHECK_INTERVAL))) {
        return;
      }
      pathCheckedAt = now;
      String path = String.join("/", folder.folder().segments());
      try {
        MailFolder f = mailbox.getFolder(folder.folder());
        if (f.id().equals(state.folderId)) {
          return;
        }
        note(
            "the configured path '"
                + path
                + "' now names another folder; still watching the original folder (id "
                + abbreviate(state.folderId)
                + ", now named '"
                + currentName()
                + "')");
      } catch (NotFoundException e) {
        note(
            "the configured path '"
                + path
                + "' no longer resolves (renamed or moved); still watching folder id "
                + abbreviate(state.folderId)
                + ", now named '"
                + currentName()
                + "'");
      }
    }

    private String currentName() {
      try {
        MailFolder f = mailbox.getFolder(FolderRef.id(state.folderId));
        state.folderName = f.displayName();
        return f.displayName();
      } catch (NotFoundException e) {
        return "(gone)";
      }
    }

    /**
     * The watched folder is gone. A configured path or well-known name that resolves to a new
     * folder means the folder was replaced: start that one from the high-water mark. Otherwise fail
     * with a clear error and keep the checkpoint until the folder exists again.
     *
     * @return normally only when the folder was replaced
     */
    private void recoverMissingFolder(NotFoundException e) {
      String code = e.errorCode();
      if ("ErrorNonExistentMailbox".equals(code) || "ErrorMailboxNotFound".equals(code)) {
        throw e;
      }
      try {
        mailbox.getFolder(FolderRef.id(state.folderId));
        throw e; // The folder is there: the error was about something else.
      } catch (NotFoundException confirmed) {
        // The folder is gone.
      }
      String what = "the monitored folder " + folder.folder() + " of " + folder.mailbox();
      if (folder.folder().kind() == FolderRef.Kind.ID) {
        throw new NotFoundException(
            what
                + " no longer exists; its checkpoint is kept (configure the folder by path to"
                + " follow a replacement)",
            e.statusCode(),
            e.errorCode(),
            e.requestId(),
            e);
      }
      MailFolder replacement;
      try {
        replacement = mailbox.getFolder(folder.folder());
      } catch (NotFoundException gone) {
        throw new NotFoundException(
            what
                + " no longer exists ("
                + gone.getMessage()
                + "); its checkpoint is kept and monitoring resumes when the folder exists again",
            gone.statusCode(),
            gone.errorCode(),
            gone.requestId(),
            gone);
      }
      state.folderId = replacement.id();
      state.folderName = replacement.displayName();
      pathCheckedAt = settings.clock().instant();
      Instant since = state.highWater(settings.modifiedMode());
      if (queryFeed) {
        state.queryMark = since;
        state.queryBoundary.clear();
        note(
            what
                + " was deleted and a new folder took its place; watching the new one from the"
                + " high-water mark "
                + since);
      } else {
        startResync(
            what
                + " was deleted and a new folder took its place; synchronizing the new one from"
                + " the high-water mark "
                + since);
      }
      save();
    }

    /** A checkpoint written by another feed or time filter continues from its high-water mark. */
    private void reconcileFeed() {
      String feed = queryFeed ? "query" : "sync";
      String filter = settings.timeFilter().packName();
      if (state.feed == null) {
        state.feed = feed;
        state.timeFilter = filter;
        return;
      }
      boolean feedChanged = !state.feed.equals(feed);
      boolean filterChanged = state.timeFilter != null && !state.timeFilter.equals(filter);
      if (!feedChanged && !filterChanged) {
        return;
      }
      String why =
          feedChanged
              ? "the change feed changed from " + state.feed + " to " + feed
              : "the time filter changed from " + state.timeFilter + " to " + filter;
      state.feed = feed;
      state.timeFilter = filter;
      if (queryFeed) {
        state.queryMark = state.highWater(settings.modifiedMode());
        state.queryBoundary.clear();
        note(why + "; continuing from the high-water mark " + state.queryMark);
      } else {
        startResync(why);
      }
      save();
    }

    // ---- sync feed

    private void runSync() {
      int calls = 0;
      while (true) {
        if (stop.getAsBoolean() || delivered >= settings.maxMailsPerPoll()) {
          report.morePending = true;
          return;
        }
        if (calls >= MAX_SYNC_CALLS_PER_POLL) {
          report.morePending = true;
          return;
        }
        boolean catchingUp = state.firstRunCutoff != null || state.resync != null;
        int max =
            catchingUp
                ? MAX_SYNC_CHANGES
                : Math.max(1, Math.min(MAX_SYNC_CHANGES, settings.maxMailsPerPoll() - delivered));
        ItemChanges changes;
        try {
          changes =
              mailbox.syncItems(FolderRef.id(state.folderId), state.syncState, max, LISTING_FIELDS);
          calls++;
        } catch (InvalidSyncStateException e) {
          if (state.syncState == null) {
            throw e;
          }
          startResync("the server rejected the sync state (" + e.errorCode() + ")");
          save();
          continue;
        } catch (NotFoundException e) {
          recoverMissingFolder(e);
          continue;
        }
        if (!processSyncBatch(changes)) {
          report.morePending = true;
          return;
        }
        completeBatch(changes);
        if (changes.complete()) {
          report.morePending = false;
          report.backlog = 0;
          return;
        }
        renewLease();
      }
    }

    /** Delivers the batch's new mail; false when the poll stopped before the batch's end. */
    private boolean processSyncBatch(ItemChanges changes) {
      boolean modified = settings.modifiedMode();
      List<Candidate> toDeliver = new ArrayList<>();
      for (ItemChange c : changes.changes()) {
        boolean relevant =
            c.type() == ItemChange.Type.CREATE || (modified && c.type() == ItemChange.Type.UPDATE);
        if (!relevant || c.itemId() == null) {
          continue;
        }
        String changeKey = modified ? c.changeKey() : null;
        long h = ItemKeys.hash(c.itemId(), changeKey);
        if (state.batchSeen(h)) {
          report.skippedAlreadyHandled++;
          continue;
        }
        if (state.recent.contains(h)) {
          state.batchSkipped.add(h);
          report.skippedAlreadyHandled++;
          continue;
        }
        Decision d = classify(c.item());
        switch (d) {
          case NOT_MAIL:
            state.batchSkipped.add(h);
            report.skippedNotMail++;
            break;
          case BEFORE_WINDOW:
            state.batchSkipped.add(h);
            report.skippedBeforeWindow++;
            break;
          case SETTLED:
            state.batchSkipped.add(h);
            report.skippedAlreadyHandled++;
            break;
          default:
            toDeliver.add(
                new Candidate(c.itemId(), changeKey, h, d == Decision.UNCERTAIN, size(c)));
        }
      }
      report.backlog = toDeliver.size();
      return deliverAll(toDeliver, null);
    }

    private void completeBatch(ItemChanges changes) {
      dropCarried();
      state.syncState = changes.syncState();
      state.endBatch();
      state.settledAt = settings.clock().instant();
      if (changes.complete()) {
        if (state.firstRunCutoff != null) {
          state.firstRunCutoff = null;
          report.note("first synchronization complete");
        }
        if (state.resync != null) {
          note("re-synchronization complete (" + state.resync.reason() + ")");
          state.resync = null;
        }
      }
      save();
    }

    private void startResync(String reason) {
      Resync earlier = state.resync;
      Instant since = earlier != null ? earlier.since() : state.highWater(settings.modifiedMode());
      Instant settled = earlier != null ? earlier.settledAt() : state.settledAt;
      state.resync = new Resync(reason, since, settled);
      state.syncState = null;
      state.endBatch();
      note(
          reason
              + "; re-synchronizing from scratch: mail newer than "
              + since
              + " is delivered, mail already handled is skipped, mail that may have been handled"
              + " is delivered flagged as a possible redelivery");
    }

    private Decision classify(MailItem s) {
      if (!settings.deliverNonMailItems() && s.itemClass() != null && !s.isMessage()) {
        return Decision.NOT_MAIL;
      }
      Instant t = settings.modifiedMode() ? s.lastModifiedAt() : s.receivedAt();
      if (state.firstRunCutoff != null && t != null && t.isBefore(state.firstRunCutoff)) {
        return Decision.BEFORE_WINDOW;
      }
      Resync r = state.resync;
      if (r != null && r.since() != null && t != null && !t.isAfter(r.since())) {
        Instant lm = s.lastModifiedAt();
        if (r.settledAt() != null
            && lm != null
            && !lm.isAfter(r.settledAt().minus(CLOCK_SKEW_ALLOWANCE))) {
          return Decision.SETTLED;
        }
        return Decision.UNCERTAIN;
      }
      return Decision.DELIVER;
    }

    // ---- query feed

    private void runQuery() {
      boolean modified = settings.modifiedMode();
      Instant mark = state.queryMark != null ? state.queryMark : state.highWater(modified);
      state.queryMark = mark;
      ItemQuery.Builder q =
          ItemQuery.builder()
              .fields(LISTING_FIELDS)
              .sort(
                  new ItemSort(modified ? ItemField.LAST_MODIFIED_AT : ItemField.RECEIVED_AT, true))
              .pageSize(100);
      if (mark != null) {
        if (modified) {
          q.modifiedBetween(mark, null);
        } else {
          q.receivedBetween(mark, null);
        }
      }
      Iterator<MailItem> listing;
      try {
        listing = mailbox.findItems(FolderRef.id(state.folderId), q.build()).iterator();
        listing.hasNext();
      } catch (NotFoundException e) {
        recoverMissingFolder(e);
        return;
      }
      List<Candidate> segment = new ArrayList<>();
      int deliverable = 0;
      while (true) {
        boolean more = listing.hasNext();
        if (more
            && deliverable < Math.min(MAX_ITEMS_PER_READ, settings.maxMailsPerPoll() - delivered)) {
          MailItem s = listing.next();
          Candidate c = queryCandidate(s, modified);
          if (c != null) {
            segment.add(c);
            if (!c.skip) {
              deliverable++;
            }
          }
          continue;
        }
        if (!segment.isEmpty()) {
          if (!deliverAll(segment, modified ? ItemField.LAST_MODIFIED_AT : ItemField.RECEIVED_AT)) {
            report.morePending = true;
            return;
          }
          segment.clear();
          deliverable = 0;
        }
        if (!more) {
          report.morePending = false;
          if (state.firstRunCutoff != null || !carried.isEmpty()) {
            state.firstRunCutoff = null;
            dropCarried();
            save();
          }
          return;
        }
        if (stop.getAsBoolean() || delivered >= settings.maxMailsPerPoll()) {
          report.morePending = true;
          return;
        }
      }
    }

    /** A listed item as a candidate, a skip that advances the mark, or {@code null} (seen). */
    private Candidate queryCandidate(MailItem s, boolean modified) {
      if (s.id() == null) {
        return null;
      }
      String changeKey = modified ? s.changeKey() : null;
      long h = ItemKeys.hash(s.id(), changeKey);
      Instant t = modified ? s.lastModifiedAt() : s.receivedAt();
      if (t != null && t.equals(state.queryMark) && state.queryBoundary.contains(h)) {
        report.skippedAlreadyHandled++;
        return null;
      }
      Candidate c = new Candidate(s.id(), changeKey, h, false, s.size() == null ? 0 : s.size());
      c.time = t;
      if (state.recent.contains(h)) {
        report.skippedAlreadyHandled++;
        c.skip = true;
      } else if (!settings.deliverNonMailItems() && s.itemClass() != null && !s.isMessage()) {
        report.skippedNotMail++;
        c.skip = true;
      }
      return c;
    }

    private void advanceMark(Candidate c) {
      if (c.time == null || state.queryMark == null) {
        return;
      }
      if (c.time.isAfter(state.queryMark)) {
        state.queryMark = c.time;
        state.queryBoundary.clear();
        state.queryBoundary.add(c.hash);
      } else if (c.time.equals(state.queryMark)) {
        state.queryBoundary.add(c.hash);
      }
    }

    // ---- delivery

    /**
     * Reads and delivers the candidates in order, a bounded group at a time.
     *
     * @param queryField non-null for the query feed: candidates advance its mark
     * @return false when the poll stopped (maximum reached, or stop asked) before the end
     */
    private boolean deliverAll(List<Candidate> candidates, ItemField queryField) {
      int i = 0;
      while (i < candidates.size()) {
        if (stop.getAsBoolean() || delivered >= settings.maxMailsPerPoll()) {
          return false;
        }
        int quota = settings.maxMailsPerPoll() - delivered;
        List<Candidate> group = new ArrayList<>();
        long bytes = 0;
        int j = i;
        int reads = 0;
        while (j < candidates.size()) {
          Candidate c = candidates.get(j);
          if (!c.skip) {
            if (reads >= Math.min(quota, MAX_ITEMS_PER_READ)
                || (reads > 0 && bytes + c.size > MAX_BYTES_PER_READ)) {
              break;
            }
            reads++;
            bytes += c.size;
          }
          group.add(c);
          j++;
        }
        List<ItemResult<MailItem>> results = read(group);
        for (int k = 0; k < group.size(); k++) {
          Candidate c = group.get(k);
          if (c.skip) {
            if (queryField != null) {
              advanceMark(c);
            }
            continue;
          }
          if (stop.getAsBoolean() || delivered >= settings.maxMailsPerPoll()) {
            recordProgress();
            return false;
          }
          deliverOne(candidates, i + k, results.get(k), queryField != null);
        }
        i = j;
        report.backlog = Math.max(0, candidates.size() - i);
      }
      recordProgress();
      return true;
    }

    /**
     * Records the mails handled since the last write, and takes the mails this poll named in flight
     * but did not hand over out of the set (a poll that stops must not leave them flagged for next
     * time).
     */
    private void recordProgress() {
      if (unrecorded > 0 || !state.inFlight.sameIds(carried)) {
        announceGroup(List.of(), 0);
      }
    }

    /**
     * Names the next group of mails, from {@code from}, in flight (with the mails carried from an
     * earlier run) and writes the checkpoint: the write that also records every mail handled
     * before.
     */
    private void announceGroup(List<Candidate> candidates, int from) {
      int limit = Math.min(settings.checkpointEveryMails(), settings.maxMailsPerPoll() - delivered);
      IdSet group = new IdSet(Integer.MAX_VALUE);
      group.addAll(carried);
      int named = 0;
      for (int i = from; i < candidates.size() && named < limit; i++) {
        if (!candidates.get(i).skip) {
          group.add(candidates.get(i).hash);
          named++;
        }
      }
      state.inFlight = group;
      save();
    }

    /** The current batch is over: mails carried from an earlier run that did not come are gone. */
    private void dropCarried() {
      carried.clear();
      state.inFlight.clear();
    }

    private int nextToDeliver(List<Candidate> candidates, int from) {
      for (int i = from; i < candidates.size(); i++) {
        if (!candidates.get(i).skip) {
          return i;
        }
      }
      return -1;
    }

    private boolean writeDue() {
      return unrecorded >= settings.checkpointEveryMails()
          || System.nanoTime() - lastWriteNanos >= settings.checkpointEveryTime().toNanos();
    }

    /**
     * GetItem for the group's mails (skips get {@code null}); a response that cannot be parsed is
     * narrowed down to the mail that causes it.
     */
    private List<ItemResult<MailItem>> read(List<Candidate> group) {
      List<String> ids = new ArrayList<>();
      for (Candidate c : group) {
        if (!c.skip) {
          ids.add(c.itemId);
        }
      }
      List<ItemResult<MailItem>> fetched;
      if (ids.isEmpty()) {
        fetched = List.of();
      } else {
        try {
          fetched = mailbox.getItems(ids, ItemField.all());
        } catch (ResponseFormatException e) {
          fetched = readOneByOne(ids, e);
        }
      }
      List<ItemResult<MailItem>> out = new ArrayList<>(group.size());
      int f = 0;
      for (Candidate c : group) {
        out.add(c.skip ? null : fetched.get(f++));
      }
      return out;
    }

    private List<ItemResult<MailItem>> readOneByOne(List<String> ids, ResponseFormatException e) {
      if (ids.size() == 1) {
        return List.of(ItemResult.failure(ids.get(0), e));
      }
      List<ItemResult<MailItem>> out = new ArrayList<>(ids.size());
      for (String id : ids) {
        try {
          out.addAll(mailbox.getItems(List.of(id), ItemField.all()));
        } catch (ResponseFormatException one) {
          out.add(ItemResult.failure(id, one));
        }
      }
      return out;
    }

    private void deliverOne(
        List<Candidate> candidates, int index, ItemResult<MailItem> result, boolean query) {
      Candidate c = candidates.get(index);
      if (!result.isSuccess()) {
        ExchangeException e = result.error();
        if (e instanceof NotFoundException) {
          if (query) {
            advanceMark(c);
          } else {
            state.batchSkipped.add(c.hash);
          }
          report.vanished++;
          LOG.debug("Item {} of {} vanished before it could be read", c.itemId, folder);
          return;
        }
        if (e.isRetryable()) {
          throw e;
        }
        unparsable(c, e, query);
        return;
      }
      MailItem item = result.value();
      boolean modified = settings.modifiedMode();
      String keyChangeKey = modified ? firstNonNull(item.changeKey(), c.changeKey) : null;
      String idempotencyKey = ItemKeys.idempotencyKey(folder.mailbox(), c.itemId, keyChangeKey);
      boolean redelivery = c.uncertain || inFlightAtStart.contains(c.hash);
      MailEvent event =
          events.build(mailbox, state.folderId, folderPath(), item, idempotencyKey, redelivery);
      try {
        if (!state.inFlight.contains(c.hash)) {
          announceGroup(candidates, index);
        }
        handingOver = c.hash;
        try {
          settings.handler().handle(event);
        } catch (Exception e) {
          throw new MailHandlerException(c.itemId, idempotencyKey, e);
        }
      } finally {
        EventFactory.release(event);
      }
      handingOver = null;
      carried.remove(c.hash);
      // Handled: into the state before anything else can happen; the next write records it.
      IdSet handled = query ? state.recent : state.batchHandled;
      handled.add(c.hash);
      if (modified && keyChangeKey != null && !keyChangeKey.equals(c.changeKey)) {
        handled.add(ItemKeys.hash(c.itemId, keyChangeKey));
      }
      if (query) {
        advanceMark(c);
      }
      state.raiseHighWater(item.receivedAt(), item.lastModifiedAt());
      state.handledTotal++;
      if (settings.hasPostActions()) {
        state.pending.add(
            new PendingAction(
                item.id(),
                item.changeKey(),
                settings.markRead(),
                settings.moveTo() == null ? null : settings.moveTo().toString(),
                0));
      }
      delivered++;
      report.delivered++;
      if (redelivery) {
        report.possibleRedeliveries++;
      }
      unrecorded++;
      boolean continues = delivered < settings.maxMailsPerPoll() && !stop.getAsBoolean();
      int next = continues ? nextToDeliver(candidates, index + 1) : -1;
      if (next < 0) {
        announceGroup(List.of(), 0);
      } else if (writeDue()) {
        announceGroup(candidates, next);
      }
      status.mailHandled();
      if (state.pending.size() >= PostActionRunner.BATCH) {
        postActions.flush(state, report, this::save, triedActions);
      }
    }

    private void unparsable(Candidate c, ExchangeException cause, boolean query) {
      UnparsableMailException u =
          new UnparsableMailException(
              "Mail "
                  + c.itemId
                  + " in "
                  + folder
                  + " cannot be read: "
                  + cause.getMessage()
                  + (settings.skipUnparsable()
                      ? ""
                      : ". The folder stops here until the mail is removed or skipUnparsable is"
                          + " enabled"),
              c.itemId,
              cause);
      if (!settings.skipUnparsable()) {
        throw u;
      }
      try {
        settings
            .errorListener()
            .onError(new MonitorError(MonitorError.Kind.UNPARSABLE_MAIL, folder, c.itemId, u));
      } catch (Exception listenerFailure) {
        throw new ExchangeException(
            "The error listener failed on unparsable mail "
                + c.itemId
                + " ("
                + listenerFailure
                + "); the mail will be reported again",
            listenerFailure);
      }
      if (query) {
        advanceMark(c);
      } else {
        state.batchSkipped.add(c.hash);
      }
      report.unparsable++;
      delivered++;
      save();
    }

    private String folderPath() {
      return folder.folder().kind() == FolderRef.Kind.PATH
          ? String.join("/", folder.folder().segments())
          : folder.folder().toString();
    }

    private void renewLease() {
      if (!settings.store().tryLease(key, settings.instanceId(), settings.leaseDuration())) {
        throw new CheckpointConflictException(
            "The lease on " + key + " was taken by another monitor instance");
      }
    }

    private void note(String note) {
      report.note(note);
      LOG.warn("{}: {}", folder, note);
    }
  }

  private static long size(ItemChange c) {
    return c.item() != null && c.item().size() != null ? c.item().size() : 0;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  static String abbreviate(String id) {
    if (id == null) {
      return "null";
    }
    return id.length() <= 24 ? id : id.substring(0, 12) + "..." + id.substring(id.length() - 8);
  }

  /** How a listed change is treated. */
  private enum Decision {
    DELIVER,
    /** Deliver, flagged: a re-sync cannot rule out that it was handled before. */
    UNCERTAIN,
    NOT_MAIL,
    BEFORE_WINDOW,
    /** A re-sync found it unchanged since the folder was last settled. */
    SETTLED
  }

  /** A mail to deliver (or, in the query feed, a listed item to pass over in order). */
  private static final class Candidate {
    final String itemId;
    final String changeKey;
    final long hash;
    final boolean uncertain;
    final long size;
    Instant time;
    boolean skip;

    Candidate(String itemId, String changeKey, long hash, boolean uncertain, long size) {
      this.itemId = itemId;
      this.changeKey = changeKey;
      this.hash = hash;
      this.uncertain = uncertain;
      this.size = size;
    }
  }

  @Override
  public String toString() {
    return "FolderPoller{" + folder + ", " + (queryFeed ? "query" : "sync") + '}';
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
