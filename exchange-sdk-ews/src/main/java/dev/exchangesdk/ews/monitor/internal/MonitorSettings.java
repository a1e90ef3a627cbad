package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.monitor.ChangeFeed;
import dev.exchangesdk.ews.monitor.CheckpointStore;
import dev.exchangesdk.ews.monitor.MailHandler;
import dev.exchangesdk.ews.monitor.MonitorErrorListener;
import dev.exchangesdk.ews.monitor.TimeFilter;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a {@link FolderPoller} needs to know, fixed when the monitor is built. Immutable.
 *
 * @param client the EWS client
 * @param handler receives the mails
 * @param errorListener hears about unparsable mails, abandoned post-actions and failed polls
 * @param store the checkpoint store
 * @param firstFetchWindow how far back the very first run looks
 * @param timeFilter the time the rules use
 * @param changeFeed how changes are found
 * @param maxMailsPerPoll mails handed over per poll of one folder
 * @param checkpointEveryMails handled mails recorded by one checkpoint write at most
 * @param checkpointEveryTime time after which a handled mail's write is not put off any longer
 * @param markRead mark handled mail as read
 * @param moveTo move handled mail to this folder, or {@code null}
 * @param skipUnparsable report unparsable mail and move on, instead of stopping the folder
 * @param legacyAttachmentNaming plain names for inline attachments
 * @param downloadAttachments download attachment content
 * @param spoolThreshold attachment bytes kept in memory before spooling to a file
 * @param spoolDirectory where spooled files go, or {@code null}
 * @param deliverNonMailItems deliver meeting requests, reports and other non-mail items too
 * @param rememberedIds how many handled item hashes a checkpoint keeps
 * @param maxConsecutiveDeferrals throttled polls in a row before a poll counts as failed
 * @param maxPostActionAttempts attempts of one post-action before it is given up and reported
 * @param instanceId this monitor's lease owner name
 * @param leaseDuration how long a folder lease lasts without renewal
 * @param clock the time source
 */
public record MonitorSettings(
    EwsClient client,
    MailHandler handler,
    MonitorErrorListener errorListener,
    CheckpointStore store,
    Duration firstFetchWindow,
    TimeFilter timeFilter,
    ChangeFeed changeFeed,
    int maxMailsPerPoll,
    int checkpointEveryMails,
    Duration checkpointEveryTime,
    boolean markRead,
    FolderRef moveTo,
    boolean skipUnparsable,
    boolean legacyAttachmentNaming,
    boolean downloadAttachments,
    long spoolThreshold,
    java.nio.file.Path spoolDirectory,
    boolean deliverNonMailItems,
    int rememberedIds,
    int maxConsecutiveDeferrals,
    int maxPostActionAttempts,
    String instanceId,
    Duration leaseDuration,
    Clock clock) {

  boolean modifiedMode() {
    return timeFilter == TimeFilter.MODIFIED_TIME;
  }

  boolean hasPostActions() {
    return markRead || moveTo != null;
  }
}
