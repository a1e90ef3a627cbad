package dev.exchangesdk.ews.monitor;

/**
 * How the monitor learns about new mail in a folder.
 *
 * <p>Immutable and thread-safe.
 */
public enum ChangeFeed {
  /** {@link #SYNC} for mailbox folders, {@link #QUERY} for public folders (the default). */
  AUTO,
  /**
   * EWS {@code SyncFolderItems}: an opaque sync state per folder. Sees mail moved into the folder,
   * is immune to many mails sharing a timestamp, and never re-fetches because of mark-as-read. Not
   * available for public folders.
   */
  SYNC,
  /**
   * EWS {@code FindItem} restricted to items at or after a time mark, sorted on that time (the
   * pack's mechanism, without its gaps): dedupe on ItemId, boundary ids kept while the mark stands
   * still. In {@link TimeFilter#RECEIVED_TIME} mode it cannot see mail moved in with an older
   * received time; use {@link #SYNC} where available.
   */
  QUERY
}
