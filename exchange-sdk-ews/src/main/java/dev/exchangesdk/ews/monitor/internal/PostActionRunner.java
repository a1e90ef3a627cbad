package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.monitor.MonitorError;
import dev.exchangesdk.ews.monitor.MonitoredFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the post-actions (mark as read, move) owed to handled mails, in batches, from the
 * checkpoint's pending list. An action leaves the list when it was applied, when its mail is gone
 * (moved or deleted by someone: nothing left to do), or when it failed {@code
 * maxPostActionAttempts} times (then it is reported to the error listener). A failure of the whole
 * call (throttling past the retry budget) propagates and leaves the list as it was, for the next
 * poll. Not thread-safe (used by one poll at a time).
 */
final class PostActionRunner {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews.monitor");

  /** Pending actions that trigger a flush in the middle of a poll. */
  static final int BATCH = 50;

  /** The writes post-actions need: one outcome per id, in order. */
  interface ItemWriter {
    List<ItemResult<String>> markRead(List<String> itemIds);

    List<ItemResult<String>> move(List<String> itemIds, FolderRef target);

    /** The current change keys of the items (only the ones that exist), for the seen-set. */
    Map<String, String> changeKeys(List<String> itemIds);
  }

  private final ItemWriter writer;
  private final MonitoredFolder folder;
  private final MonitorSettings settings;

  PostActionRunner(ItemWriter writer, MonitoredFolder folder, MonitorSettings settings) {
    this.writer = writer;
    this.folder = folder;
    this.settings = settings;
  }

  /**
   * Applies the pending actions not yet tried in this poll, once each; saves the state.
   *
   * @param tried the mails whose actions this poll already tried (updated): a failure is retried on
   *     the next poll, not again in the same one
   */
  void flush(FolderState state, PollRecorder report, Runnable save, Set<String> tried) {
    Map<String, PendingAction> byId = new LinkedHashMap<>();
    List<PendingAction> later = new ArrayList<>();
    for (PendingAction p : state.pending) {
      if (tried.add(p.itemId())) {
        byId.put(p.itemId(), p);
      } else {
        later.add(p);
      }
    }
    if (byId.isEmpty()) {
      return;
    }
    markRead(byId, state, report);
    move(byId, report);
    for (PendingAction p : byId.values()) {
      if (p.attempts() >= settings.maxPostActionAttempts()) {
        giveUp(p, report);
      } else {
        later.add(p);
      }
    }
    state.pending = later;
    save.run();
  }

  private void markRead(Map<String, PendingAction> byId, FolderState state, PollRecorder report) {
    List<String> ids = new ArrayList<>();
    for (PendingAction p : byId.values()) {
      if (p.markRead()) {
        ids.add(p.itemId());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    List<String> marked = new ArrayList<>();
    for (ItemResult<String> r : writer.markRead(ids)) {
      PendingAction p = byId.get(r.id());
      if (r.isSuccess() || r.error() instanceof NotFoundException) {
        if (r.isSuccess()) {
          report.postActionsApplied++;
          marked.add(r.id());
        }
        PendingAction rest = p.withoutMarkRead();
        if (rest.moveTo() == null) {
          byId.remove(r.id());
        } else {
          byId.put(r.id(), rest);
        }
      } else {
        failed(byId, p, r.error(), "mark as read", report);
      }
    }
    if (settings.modifiedMode() && !marked.isEmpty()) {
      // Marking read gives the mail a new ChangeKey; remember that version as handled so the
      // modified-time feed does not deliver it again because of our own change.
      for (Map.Entry<String, String> e : writer.changeKeys(marked).entrySet()) {
        state.recent.add(ItemKeys.hash(e.getKey(), e.getValue()));
      }
    }
  }

  private void move(Map<String, PendingAction> byId, PollRecorder report) {
    Map<String, List<String>> byTarget = new HashMap<>();
    for (PendingAction p : byId.values()) {
      // A mail still waiting to be marked read is moved after that succeeded (or was given up).
      if (p.moveTo() != null && !p.markRead()) {
        byTarget.computeIfAbsent(p.moveTo(), k -> new ArrayList<>()).add(p.itemId());
      }
    }
    for (Map.Entry<String, List<String>> e : byTarget.entrySet()) {
      FolderRef target = FolderRefText.parse(e.getKey());
      List<ItemResult<String>> results;
      try {
        results = writer.move(e.getValue(), target);
      } catch (NotFoundException missingTarget) {
        // The target folder is gone (or misconfigured): count an attempt for each mail, so the
        // actions are given up and reported in the end instead of blocking every poll.
        for (String id : e.getValue()) {
          failed(byId, byId.get(id), missingTarget, "move to " + e.getKey(), report);
        }
        continue;
      }
      for (ItemResult<String> r : results) {
        PendingAction p = byId.get(r.id());
        if (r.isSuccess() || r.error() instanceof NotFoundException) {
          if (r.isSuccess()) {
            report.postActionsApplied++;
          }
          byId.remove(r.id());
        } else {
          failed(byId, p, r.error(), "move to " + e.getKey(), report);
        }
      }
    }
  }

  private void failed(
      Map<String, PendingAction> byId,
      PendingAction p,
      ExchangeException error,
      String what,
      PollRecorder report) {
    report.postActionsFailed++;
    LOG.warn(
        "{} of item {} in {} failed (attempt {}): {}",
        what,
        p.itemId(),
        folder,
        p.attempts() + 1,
        error.toString());
    byId.put(p.itemId(), p.failedOnce());
  }

  private void giveUp(PendingAction p, PollRecorder report) {
    ExchangeException e =
        new ExchangeException(
            "Gave up "
                + (p.markRead() ? "marking as read" : "moving")
                + " item "
                + p.itemId()
                + " in "
                + folder
                + " after "
                + p.attempts()
                + " attempts; the mail was delivered and stays where it is");
    report.note(e.getMessage());
    LOG.warn(e.getMessage());
    if (settings.errorListener() != null) {
      try {
        settings
            .errorListener()
            .onError(new MonitorError(MonitorError.Kind.POST_ACTION_FAILED, folder, p.itemId(), e));
      } catch (Exception listenerFailure) {
        LOG.warn("The monitor's error listener failed: {}", listenerFailure.toString());
      }
    }
  }
}
