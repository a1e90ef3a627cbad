package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.ews.EwsClient;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What the randomized monitor tests need from a stateful Exchange: FakeExchange, or the stopgap
 * {@link StatefulEwsServer}. Folder paths are below Top of Information Store ({@code
 * Inbox/Phishing}).
 */
interface MailServerUnderTest extends AutoCloseable {

  EwsClient client();

  Instant now();

  void createMailbox(String address);

  void createFolder(String mailbox, String path);

  /** Delivers a new mail into a folder; returns its item id. */
  String deliver(String mailbox, String path, String subject, boolean withMessageId);

  List<String> itemIds(String mailbox, String path);

  /** A user moves a mail; returns its new id. */
  String moveItem(String mailbox, String itemId, String targetPath);

  /** A user reads a mail. */
  void markRead(String mailbox, String itemId);

  /** Makes the next few EWS calls fail the way Exchange fails (throttling, 503, drops). */
  void injectFaults(Random random);

  /** No more injected faults. */
  void clearFaults();

  @Override
  void close();
}
