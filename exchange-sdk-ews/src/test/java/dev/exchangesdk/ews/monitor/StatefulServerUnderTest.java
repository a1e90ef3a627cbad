package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.monitor.StatefulEwsServer.Fault;
import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The stopgap {@link StatefulEwsServer} as a {@link MailServerUnderTest}. */
final class StatefulServerUnderTest implements MailServerUnderTest {
  final StatefulEwsServer ews = new StatefulEwsServer();

  @Override
  public EwsClient client() {
    return ews.client();
  }

  @Override
  public Instant now() {
    return ews.now();
  }

  @Override
  public void createMailbox(String address) {
    ews.mailbox(address);
  }

  @Override
  public void createFolder(String mailbox, String path) {
    int slash = path.lastIndexOf('/');
    ews.createFolder(mailbox, path.substring(0, slash), path.substring(slash + 1));
  }

  @Override
  public String deliver(String mailbox, String path, String subject, boolean withMessageId) {
    Mail m = Mail.of(subject);
    if (!withMessageId) {
      m.messageId(null);
    }
    return ews.deliver(mailbox, path, m);
  }

  @Override
  public List<String> itemIds(String mailbox, String path) {
    return ews.itemIds(mailbox, path);
  }

  @Override
  public String moveItem(String mailbox, String itemId, String targetPath) {
    return ews.moveItem(mailbox, itemId, ews.folderId(mailbox, targetPath));
  }

  @Override
  public void markRead(String mailbox, String itemId) {
    ews.markRead(mailbox, itemId);
  }

  @Override
  public void injectFaults(Random random) {
    Fault[] kinds = {
      Fault.BUSY_SOAP_FAULT, Fault.BUSY_MESSAGE, Fault.UNAVAILABLE_503, Fault.DISCONNECT
    };
    ews.failNext(kinds[random.nextInt(kinds.length)], 1 + random.nextInt(3));
  }

  @Override
  public void clearFaults() {
    ews.clearFaults();
  }

  @Override
  public void close() {
    ews.close();
  }
}
