package dev.exchangesdk.ews.monitor;

import java.util.List;

/**
 * A snapshot of a {@link MailboxMonitor}: whether its service runs, and each folder's status.
 * Immutable and thread-safe.
 *
 * @param running whether {@link MailboxMonitor#start()} was called and the monitor is not closed
 * @param folders one status per monitored folder, in the order they were configured
 */
public record MonitorStatus(boolean running, List<FolderStatus> folders) {

  public MonitorStatus {
    folders = List.copyOf(folders);
  }

  /** Mails handled since the monitor was built, all folders. */
  public long mailsHandled() {
    return folders.stream().mapToLong(FolderStatus::mailsHandled).sum();
  }

  /** Whether every folder has been polled and none failed its last poll. */
  public boolean healthy() {
    return folders.stream().allMatch(FolderStatus::healthy);
  }
}
