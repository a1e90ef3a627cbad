package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.FakeMailbox;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.TestClock;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** FakeExchange as a {@link MailServerUnderTest}: real EWS over HTTP, its own state. */
final class FakeExchangeServer implements MailServerUnderTest {
  final FakeExchange fake;
  final TestClock clock;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  FakeExchangeServer(boolean tls) {
    clock = TestClock.at(Instant.parse("2026-11-20T12:00:00Z"));
    fake = FakeExchange.builder().tls(tls).clock(clock).start();
  }

  @Override
  public EwsClient client() {
    return clientBuilder(RetryOptions.builder().maxAttempts(4).build()).build();
  }

  EwsClient.Builder clientBuilder(RetryOptions retry) {
    HttpOptions options = fake.httpOptions().toBuilder().retry(retry).sleeper(sleeps::add).build();
    return EwsClient.builder()
        .environment(fake.environment())
        .httpOptions(options)
        .credential(fake.tokenCredential());
  }

  @Override
  public Instant now() {
    return fake.now();
  }

  @Override
  public void createMailbox(String address) {
    fake.createMailbox(address, address);
  }

  @Override
  public void createFolder(String mailbox, String path) {
    fake.mailbox(mailbox).createFolder(path);
  }

  @Override
  public String deliver(String mailbox, String path, String subject, boolean withMessageId) {
    NewMessage.Builder m =
        NewMessage.builder()
            .from("attacker@evil.example")
            .to(mailbox)
            .subject(subject)
            .text("Please pay the attached invoice.");
    if (!withMessageId) {
      m.withoutMessageId();
    }
    return fake.mailbox(mailbox).deliver(path, m.build()).id();
  }

  @Override
  public List<String> itemIds(String mailbox, String path) {
    List<String> out = new ArrayList<>();
    for (ItemInfo i : fake.mailbox(mailbox).items(path)) {
      out.add(i.id());
    }
    return out;
  }

  @Override
  public String moveItem(String mailbox, String itemId, String targetPath) {
    return fake.mailbox(mailbox).moveItem(itemId, targetPath).id();
  }

  @Override
  public void markRead(String mailbox, String itemId) {
    fake.mailbox(mailbox).setRead(itemId, true);
  }

  @Override
  public void injectFaults(Random random) {
    int times = 1 + random.nextInt(3);
    switch (random.nextInt(4)) {
      case 0:
        fake.faults().ewsServerBusy(times, Duration.ofMillis(100), ServerBusyForm.SOAP_FAULT);
        break;
      case 1:
        fake.faults().ewsServerBusy(times, Duration.ofMillis(100), ServerBusyForm.RESPONSE_MESSAGE);
        break;
      case 2:
        fake.faults().serviceUnavailable(Endpoint.EWS, times);
        break;
      default:
        fake.faults().dropConnections(Endpoint.EWS, times);
    }
  }

  @Override
  public void clearFaults() {
    fake.faults().clear();
  }

  /** A small phishing-style mail to {@code to}. */
  static NewMessage phish(String to, String subject) {
    return NewMessage.builder()
        .from("Mallory", "mallory@evil.example")
        .to(to)
        .subject(subject)
        .text("Click here")
        .build();
  }

  /**
   * Delivers {@code m} with the fake's clock set to {@code at} (received time), then restores it.
   */
  ItemInfo deliverAt(FakeMailbox mailbox, Instant at, String folder, NewMessage m) {
    Instant now = clock.instant();
    clock.set(at);
    try {
      return mailbox.deliver(folder, m);
    } finally {
      clock.set(now);
    }
  }

  @Override
  public void close() {
    fake.close();
  }
}
