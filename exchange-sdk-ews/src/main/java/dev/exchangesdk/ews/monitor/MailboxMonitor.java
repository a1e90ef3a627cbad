package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.monitor.internal.CheckpointCodec;
import dev.exchangesdk.ews.monitor.internal.EventFactory;
import dev.exchangesdk.ews.monitor.internal.FolderPoller;
import dev.exchangesdk.ews.monitor.internal.MonitorDefaults;
import dev.exchangesdk.ews.monitor.internal.MonitorSettings;
import dev.exchangesdk.ews.monitor.internal.ServiceLoop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns new mail in mailbox folders into {@link MailEvent}s for a {@link MailHandler}, without
 * losing any and without duplicates outside one documented crash window, across restarts (the
 * pack's "fetch incidents"; see {@code docs/MONITOR.md}).
 *
 * <pre>{@code
 * try (MailboxMonitor monitor = MailboxMonitor.builder()
 *         .client(ews)
 *         .watch("soc@contoso.com", "Inbox/Phishing")
 *         .checkpointDirectory(Path.of("/var/lib/phishing-monitor"))
 *         .handler(event -> incidents.open(event.idempotencyKey(), event))
 *         .build()) {
 *   monitor.start();              // or call monitor.pollOnce() from your own scheduler
 *   ...
 * }
 * }</pre>
 *
 * <p>Each folder has a checkpoint in the {@link CheckpointStore}. A mail counts as handled only
 * when the handler returned normally; the checkpoint records it before the next mail is handed
 * over. After a crash the next run continues from the checkpoint; the mail that was in flight is
 * delivered again with the same {@link MailEvent#idempotencyKey()} and {@link
 * MailEvent#possibleRedelivery()} set.
 *
 * <p>Thread-safe: {@link #status()} may be read from any thread while polls run. Run it either in
 * your own thread ({@link #pollOnce()}) or as a service ({@link #start()}), not both. Close it to
 * stop the service gracefully (the mail being handled finishes and is recorded).
 */
public final class MailboxMonitor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews.monitor");

  private final List<FolderPoller> pollers;
  private final MonitorSettings settings;
  private final int concurrency;
  private final Duration pollInterval;
  private final Duration maxBackoff;
  private final Duration shutdownTimeout;
  private final boolean ownsStore;
  private final ExecutorService workers;
  private final Object lifecycle = new Object();
  private ServiceLoop service;
  private volatile boolean closing;
  private boolean closed;

  private MailboxMonitor(Builder b) {
    this.concurrency = b.concurrency;
    this.pollInterval = b.pollInterval;
    this.maxBackoff = b.maxBackoff;
    this.shutdownTimeout = b.shutdownTimeout;
    this.ownsStore = b.store == null;
    CheckpointStore store =
        b.store != null ? b.store : FileCheckpointStore.open(b.checkpointDirectory);
    this.settings =
        new MonitorSettings(
            b.client,
            b.handler,
            b.errorListener,
            store,
            b.firstFetchWindow,
            b.timeFilter,
            b.changeFeed,
            b.maxMailsPerPoll,
            b.checkpointEveryMails,
            b.checkpointEveryTime,
            b.markRead,
            b.moveTo,
            b.skipUnparsable,
            b.legacyAttachmentNaming,
            b.downloadAttachments,
            b.spoolThreshold,
            b.spoolDirectory,
            b.deliverNonMailItems,
            b.rememberedIds,
            b.maxConsecutiveDeferrals,
            MonitorDefaults.MAX_POST_ACTION_ATTEMPTS,
            b.instanceId != null ? b.instanceId : defaultInstanceId(),
            b.leaseDuration != null
                ? b.leaseDuration
                : MonitorDefaults.leaseDuration(b.pollInterval),
            b.clock);
    CheckpointCodec codec = new CheckpointCodec(b.rememberedIds, MonitorDefaults.BOUNDARY_IDS);
    EventFactory events =
        new EventFactory(
            b.downloadAttachments, b.legacyAttachmentNaming, b.spoolThreshold, b.spoolDirectory);
    List<FolderPoller> list = new ArrayList<>();
    for (MonitoredFolder f : b.folders.values()) {
      list.add(new FolderPoller(f, settings, codec, events));
    }
    this.pollers = List.copyOf(list);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            Math.min(concurrency, pollers.size()),
            r -> {
              Thread t = new Thread(r, "mailbox-monitor-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Polls every folder once, at most {@code concurrency} at a time, and returns when all are done.
   * With one folder, or a concurrency of 1, everything runs in the calling thread.
   *
   * @return one report per folder, in the order they were configured
   * @throws IllegalStateException when the service is running or the monitor is closed
   */
  public List<PollReport> pollOnce() {
    synchronized (lifecycle) {
      if (closed || closing) {
        throw new IllegalStateException("The monitor is closed");
      }
      if (service != null) {
        throw new IllegalStateException("The monitor runs as a service; read status() instead");
      }
    }
    if (pollers.size() == 1 || concurrency == 1) {
      List<PollReport> out = new ArrayList<>(pollers.size());
      for (FolderPoller p : pollers) {
        out.add(p.poll(() -> closing || Thread.currentThread().isInterrupted()));
      }
      return out;
    }
    // An interrupted caller stops the polls after the mails in hand (each is recorded), then
    // gets its interrupt back; the monitor stays usable.
    AtomicBoolean abort = new AtomicBoolean();
    List<Future<PollReport>> futures = new ArrayList<>();
    for (FolderPoller p : pollers) {
      futures.add(workers.submit(() -> p.poll(() -> closing || abort.get())));
    }
    List<PollReport> out = new ArrayList<>(pollers.size());
    Throwable failure = null;
    boolean interrupted = false;
    for (Future<PollReport> f : futures) {
      while (true) {
        try {
          out.add(f.get());
          break;
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause();
          }
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          abort.set(true);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure != null) {
      throw new IllegalStateException("A poll failed unexpectedly", failure);
    }
    return out;
  }

  /**
   * Starts polling in the background: each folder every poll interval, at once again while a
   * backlog is pending, later after failures. Returns immediately.
   *
   * @throws IllegalStateException when already started or closed
   */
  public void start() {
    synchronized (lifecycle) {
      if (closed || closing) {
        throw new IllegalStateException("The monitor is closed");
      }
      if (service != null) {
        throw new IllegalStateException("The monitor is already running");
      }
      service =
          new ServiceLoop(
              pollers, workers, pollInterval, maxBackoff, settings.clock(), () -> closing);
      service.start();
      LOG.info(
          "Mailbox monitor started: {} folders, every {}, {} at a time",
          pollers.size(),
          pollInterval,
          Math.min(concurrency, pollers.size()));
    }
  }

  /** The state of every folder. */
  public MonitorStatus status() {
    List<FolderStatus> folders = new ArrayList<>(pollers.size());
    for (FolderPoller p : pollers) {
      folders.add(p.status().snapshot());
    }
    boolean running;
    synchronized (lifecycle) {
      running = service != null && !closed && !closing && service.fatal() == null;
    }
    return new MonitorStatus(running, folders);
  }

  /** The folders being watched, in order. */
  public List<MonitoredFolder> folders() {
    List<MonitoredFolder> out = new ArrayList<>(pollers.size());
    for (FolderPoller p : pollers) {
      out.add(p.folder());
    }
    return out;
  }

  /**
   * Stops gracefully: no new polls start, each running poll finishes the mail it is handling and
   * records it, then stops; waits up to the shutdown timeout, then interrupts what still runs.
   * Releases the folder leases, and closes the checkpoint store if the monitor opened it.
   */
  @Override
  public void close() {
    ServiceLoop s;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      closing = true;
      s = service;
    }
    try {
      if (s != null) {
        s.stop(shutdownTimeout);
      }
      workers.shutdown();
      if (!workers.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Polls still running {} after close(); interrupting them", shutdownTimeout);
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
    for (FolderPoller p : pollers) {
      p.releaseLease();
    }
    if (ownsStore) {
      settings.store().close();
    }
    LOG.info("Mailbox monitor closed");
  }

  @Override
  public String toString() {
    return "MailboxMonitor{" + folders() + '}';
  }

  private static String defaultInstanceId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "unknown-host";
    }
    return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
  }

  /**
   * Builds a {@link MailboxMonitor}. Required: {@link #client}, at least one {@link #watch}, a
   * {@link #handler}, and a {@link #checkpointStore} or {@link #checkpointDirectory}. Not
   * thread-safe.
   *
   * <p>The pack's configuration maps as follows: {@code folder} → {@link #watch}; {@code first
   * fetch} → {@link #firstFetch(String)}; {@code time filter} → {@link #timeFilter}; {@code max
   * fetch} → {@link #maxMailsPerPoll}; {@code skip unparsable} → {@link #skipUnparsable}; {@code
   * legacy attachment naming} → {@link #legacyAttachmentNaming}; {@code fetch interval} → {@link
   * #pollInterval}; {@code public folder} → {@link MonitoredFolder#publicFolder}; {@code mark as
   * read} → {@link #markAsRead}.
   */
  public static final class Builder {
    private static final Pattern WINDOW =
        Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]+)\\s*(?:ago)?\\s*");

    private EwsClient client;
    private final Map<String, MonitoredFolder> folders = new LinkedHashMap<>();
    private MailHandler handler;
    private MonitorErrorListener errorListener;
    private CheckpointStore store;
    private Path checkpointDirectory;
    private Duration firstFetchWindow = MonitorDefaults.FIRST_FETCH_WINDOW;
    private TimeFilter timeFilter = TimeFilter.RECEIVED_TIME;
    private ChangeFeed changeFeed = ChangeFeed.AUTO;
    private int maxMailsPerPoll = MonitorDefaults.MAX_MAILS_PER_POLL;
    private int checkpointEveryMails = MonitorDefaults.CHECKPOINT_EVERY_MAILS;
    private Duration checkpointEveryTime = MonitorDefaults.CHECKPOINT_EVERY_TIME;
    private boolean markRead;
    private FolderRef moveTo;
    private boolean skipUnparsable;
    private boolean legacyAttachmentNaming;
    private boolean downloadAttachments = true;
    private long spoolThreshold = MonitorDefaults.SPOOL_THRESHOLD;
    private Path spoolDirectory;
    private boolean deliverNonMailItems;
    private int rememberedIds = MonitorDefaults.REMEMBERED_IDS;
    private int maxConsecutiveDeferrals = MonitorDefaults.MAX_CONSECUTIVE_DEFERRALS;
    private Duration pollInterval = MonitorDefaults.POLL_INTERVAL;
    private Duration maxBackoff = MonitorDefaults.MAX_BACKOFF;
    private Duration shutdownTimeout = MonitorDefaults.SHUTDOWN_TIMEOUT;
    private int concurrency = MonitorDefaults.CONCURRENCY;
    private String instanceId;
    private Duration leaseDuration;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The EWS client to read mail with (required). */
    public Builder client(EwsClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Watches a folder (required at least once); the same folder twice is watched once. */
    public Builder watch(MonitoredFolder folder) {
      Objects.requireNonNull(folder, "folder");
      folders.putIfAbsent(folder.key(), folder);
      return this;
    }

    /**
     * Watches a folder of a mailbox given the way users type it: a path ({@code Inbox/Phishing}), a
     * well-known name ({@code Inbox}), or a folder id.
     */
    public Builder watch(String mailbox, String folder) {
      return watch(MonitoredFolder.of(mailbox, folder));
    }

    public Builder watch(String mailbox, FolderRef folder) {
      return watch(new MonitoredFolder(mailbox, folder));
    }

    /** Receives each new mail (required). */
    public Builder handler(MailHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Hears about unparsable mails (required with {@link #skipUnparsable}), post-actions given up,
     * and failed polls.
     */
    public Builder errorListener(MonitorErrorListener listener) {
      this.errorListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Where checkpoints are kept. Use this or {@link #checkpointDirectory}. */
    public Builder checkpointStore(CheckpointStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Keeps checkpoints in files in {@code directory} ({@link FileCheckpointStore}, every save
     * forced to disk); the monitor opens the store and closes it on {@link #close()}.
     */
    public Builder checkpointDirectory(Path directory) {
      this.checkpointDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * How far back the very first run (a folder without checkpoint) looks; older mail is passed
     * over silently. Default 10 minutes.
     */
    public Builder firstFetchWindow(Duration window) {
      if (window.isNegative()) {
        throw new IllegalArgumentException("firstFetchWindow must not be negative");
      }
      this.firstFetchWindow = window;
      return this;
    }

    /**
     * The first-fetch window as the pack writes it: {@code <number> <unit>} with unit minute(s),
     * hour(s), day(s), week(s), month(s) (30 days) or year(s) (365 days), e.g. {@code 10 minutes},
     * {@code 3 days}.
     */
    public Builder firstFetch(String window) {
      Matcher m = WINDOW.matcher(window == null ? "" : window);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "firstFetch must be '<number> <unit>' such as '10 minutes' or '3 days': " + window);
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      unit = unit.endsWith("s") && unit.length() > 1 ? unit.substring(0, unit.length() - 1) : unit;
      Duration d;
      switch (unit) {
        case "second":
          d = Duration.ofSeconds(n);
          break;
        case "minute":
        case "min":
          d = Duration.ofMinutes(n);
          break;
        case "hour":
          d = Duration.ofHours(n);
          break;
        case "day":
          d = Duration.ofDays(n);
          break;
        case "week":
          d = Duration.ofDays(7 * n);
          break;
        case "month":
          d = Duration.ofDays(30 * n);
          break;
        case "year":
          d = Duration.ofDays(365 * n);
          break;
        default:
          throw new IllegalArgumentException("Unknown unit in firstFetch: " + window);
      }
      return firstFetchWindow(d);
    }

    /** Which time the window and marks use; default {@link TimeFilter#RECEIVED_TIME}. */
    public Builder timeFilter(TimeFilter filter) {
      this.timeFilter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /** How changes are found; default {@link ChangeFeed#AUTO}. */
    public Builder changeFeed(ChangeFeed feed) {
      this.changeFeed = Objects.requireNonNull(feed, "feed");
      return this;
    }

    /**
     * Mails handed over per poll of one folder, 1 to {@value
     * MonitorDefaults#MAX_MAILS_PER_POLL_CAP} (default 50). The service polls again at once while
     * more is pending.
     */
    public Builder maxMailsPerPoll(int max) {
      if (max < 1 || max > MonitorDefaults.MAX_MAILS_PER_POLL_CAP) {
        throw new IllegalArgumentException(
            "maxMailsPerPoll must be between 1 and "
                + MonitorDefaults.MAX_MAILS_PER_POLL_CAP
                + ": "
                + max);
      }
      this.maxMailsPerPoll = max;
      return this;
    }

    /**
     * How often the checkpoint records handled mail: after {@code mails} handled mails, or after
     * the first handled mail that returns {@code time} or more after the previous write, whichever
     * comes first; and always when a poll ends, stops or fails. Default 10 mails or 1 second.
     *
     * <p>A write is the cost that bounds a backlog drain: forced to disk it takes about a
     * millisecond on a virtual disk, so one write per mail caps a drain near 1,000 mails per second
     * whatever else is fast, and one per ten mails removes that cap. The price is the duplicate
     * window: a crash redelivers the mails handled since the last write, up to {@code mails}, all
     * flagged {@link MailEvent#possibleRedelivery()} with their usual keys. {@code
     * checkpointEvery(1, Duration.ZERO)} records every mail before the next is handed over (at most
     * one redelivery per crash). Nothing is ever lost either way: every mail is named in the
     * checkpoint before it is handed over.
     */
    public Builder checkpointEvery(int mails, Duration time) {
      if (mails < 1 || mails > MonitorDefaults.MAX_MAILS_PER_POLL_CAP) {
        throw new IllegalArgumentException(
            "checkpointEvery mails must be between 1 and "
                + MonitorDefaults.MAX_MAILS_PER_POLL_CAP
                + ": "
                + mails);
      }
      Objects.requireNonNull(time, "time");
      if (time.isNegative()) {
        throw new IllegalArgumentException("checkpointEvery time must not be negative");
      }
      this.checkpointEveryMails = mails;
      this.checkpointEveryTime = time;
      return this;
    }

    /**
     * Marks each handled mail as read (default false). Applied after the checkpoint records the
     * mail, in batches; a failed attempt is retried on later polls (up to 5 times, then reported to
     * the {@link #errorListener}), never by delivering the mail again.
     */
    public Builder markAsRead(boolean markAsRead) {
      this.markRead = markAsRead;
      return this;
    }

    /**
     * Moves each handled mail to {@code folder} after the checkpoint records it (after marking it
     * read, when that is on); failures are retried like {@link #markAsRead}'s.
     */
    public Builder moveTo(FolderRef folder) {
      this.moveTo = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** As {@link #moveTo(FolderRef)}, the folder given the way users type it. */
    public Builder moveTo(String folder) {
      return moveTo(FolderRef.parse(folder));
    }

    /**
     * Reports unparsable mail to the {@link #errorListener} and moves on (default off: the folder
     * stops at such a mail with {@link UnparsableMailException}).
     */
    public Builder skipUnparsable(boolean skip) {
      this.skipUnparsable = skip;
      return this;
    }

    /** Plain names for inline attachments instead of {@code <cid>-attachmentName-<name>}. */
    public Builder legacyAttachmentNaming(boolean legacy) {
      this.legacyAttachmentNaming = legacy;
      return this;
    }

    /** Whether to download attachment content (default true); off: metadata only. */
    public Builder downloadAttachments(boolean download) {
      this.downloadAttachments = download;
      return this;
    }

    /**
     * Attachment content above this many bytes is spooled to a temporary file rather than held in
     * memory (default 1 MiB; one mail's attachments hold at most 8 times this, 64 MiB at most, in
     * memory).
     */
    public Builder spoolThreshold(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("spoolThreshold must not be negative");
      }
      this.spoolThreshold = bytes;
      return this;
    }

    /** Where spooled attachment files go; default the JVM's temporary directory. */
    public Builder spoolDirectory(Path directory) {
      this.spoolDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Delivers every item class, not only mail ({@code IPM.Note*}): meeting requests, delivery
     * reports ... Default false, as the pack.
     */
    public Builder deliverNonMailItems(boolean deliver) {
      this.deliverNonMailItems = deliver;
      return this;
    }

    /**
     * How many handled mails a checkpoint remembers for de-duplication after a re-synchronization
     * (default 1000, at least 600: more than one sync batch).
     */
    public Builder rememberedIds(int count) {
      if (count < 600) {
        throw new IllegalArgumentException("rememberedIds must be at least 600");
      }
      this.rememberedIds = count;
      return this;
    }

    /**
     * Throttled (or unavailable) polls in a row that are reported as deferred before the next one
     * counts as failed; default 3, as the pack.
     */
    public Builder maxConsecutiveDeferrals(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("maxConsecutiveDeferrals must be at least 1");
      }
      this.maxConsecutiveDeferrals = count;
      return this;
    }

    /** Time between polls of a folder in service mode; default 1 minute. */
    public Builder pollInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("pollInterval must be positive");
      }
      this.pollInterval = interval;
      return this;
    }

    /** The longest back-off after failed polls in service mode; default 15 minutes. */
    public Builder maxBackoff(Duration max) {
      if (max.isNegative() || max.isZero()) {
        throw new IllegalArgumentException("maxBackoff must be positive");
      }
      this.maxBackoff = max;
      return this;
    }

    /** How long {@link MailboxMonitor#close()} waits for running polls; default 30 s. */
    public Builder shutdownTimeout(Duration timeout) {
      this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Folders polled at once (a bounded pool); default 4. */
    public Builder concurrency(int folders) {
      if (folders < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = folders;
      return this;
    }

    /**
     * This instance's name for folder leases in a shared store. Default: host, process id and a
     * random part. Give a restarted instance the same name to take its leases back at once instead
     * of after they expire.
     */
    public Builder instanceId(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("instanceId must not be blank");
      }
      this.instanceId = id.strip();
      return this;
    }

    /** How long a folder lease lasts; default 3 poll intervals, at least 2 minutes. */
    public Builder leaseDuration(Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("leaseDuration must be positive");
      }
      this.leaseDuration = duration;
      return this;
    }

    /** The clock for windows, marks, status and schedules (tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the monitor (opening the checkpoint directory, if one was given).
     *
     * @throws IllegalStateException when a required setting is missing
     * @throws CheckpointStoreLockedException when the checkpoint directory is in use
     */
    public MailboxMonitor build() {
      if (client == null) {
        throw new IllegalStateException("client (an EwsClient) is required");
      }
      if (folders.isEmpty()) {
        throw new IllegalStateException("watch at least one folder");
      }
      if (handler == null) {
        throw new IllegalStateException("handler is required");
      }
      if ((store == null) == (checkpointDirectory == null)) {
        throw new IllegalStateException(
            "give exactly one of checkpointStore and checkpointDirectory (InMemoryCheckpointStore"
                + " forgets progress on restart: use it for tests only)");
      }
      for (MonitoredFolder f : folders.values()) {
        if (moveTo != null && moveTo.equals(f.folder())) {
          throw new IllegalStateException(
              "moveTo names the watched folder " + f.folder() + ": handled mail would never leave");
        }
      }
      if (skipUnparsable && errorListener == null) {
        throw new IllegalStateException(
            "skipUnparsable needs an errorListener: skipped mail must go somewhere");
      }
      return new MailboxMonitor(this);
    }
  }
}
