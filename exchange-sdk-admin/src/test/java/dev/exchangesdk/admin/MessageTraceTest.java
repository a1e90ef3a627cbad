package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.NOW;
import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.MessageTraceDetail;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.admin.model.SubjectFilterType;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageTraceTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  /**
   * A Get-MessageTraceV2 service over generated records: three recipients per received time, newest
   * first then by recipient; StartDate..EndDate inclusive; StartingRecipientAddress continues after
   * that recipient at EndDate; at most ResultSize records; at most 10 days per query (larger
   * windows are answered with the service's error).
   */
  private final class TraceService extends Dispatcher {
    final List<MessageTraceEntry> records = new ArrayList<>();
    final List<Instant> requestTimes = new CopyOnWriteArrayList<>();
    final List<Duration> windows = new CopyOnWriteArrayList<>();

    TraceService(Instant oldest, Instant newest, int count) {
      int times = count / 3;
      long step = Duration.between(oldest, newest).getSeconds() / times;
      for (int i = 0; i < times; i++) {
        Instant received = newest.minusSeconds(step * i);
        for (String r : List.of("a@contoso.com", "b@contoso.com", "c@contoso.com")) {
          records.add(
              new MessageTraceEntry(
                  "<m" + i + "@x>",
                  received,
                  "s@example.net",
                  r,
                  "subject " + i,
                  "Delivered",
                  null,
                  "203.0.113.1",
                  1000L,
                  "trace-" + i,
                  null));
        }
      }
      records.sort(
          Comparator.comparing(MessageTraceEntry::received)
              .reversed()
              .thenComparing(MessageTraceEntry::recipientAddress));
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      requestTimes.add(t.clock.instant());
      String body = r.getBody().utf8();
      Instant start = Instant.parse(field(body, "StartDate"));
      Instant end = Instant.parse(field(body, "EndDate"));
      windows.add(Duration.between(start, end));
      if (Duration.between(start, end).compareTo(Duration.ofDays(10)) > 0) {
        return AdminTestServer.json(
            400,
            "{\"error\":{\"code\":\"BadRequest\",\"message\":\"x\",\"details\":[{\"message\":"
                + "\"|System.ArgumentException|The time range must be 10 days or less.\"}]}}");
      }
      String starting = field(body, "StartingRecipientAddress");
      int size = Integer.parseInt(body.replaceAll(".*\"ResultSize\":(\\d+).*", "$1"));
      List<String> out = new ArrayList<>();
      for (MessageTraceEntry e : records) {
        if (e.received().isBefore(start) || e.received().isAfter(end)) {
          continue;
        }
        if (starting != null
            && e.received().equals(end)
            && e.recipientAddress().compareTo(starting) <= 0) {
          continue;
        }
        out.add(
            "{\"MessageId\":\""
                + e.messageId()
                + "\",\"Received\":\""
                + e.received().toString().replace("Z", ".0000000+00:00")
                + "\","
                + "\"Received@odata.type\":\"#DateTimeOffset\",\"SenderAddress\":\""
                + e.senderAddress()
                + "\",\"RecipientAddress\":\""
                + e.recipientAddress()
                + "\",\"Subject\":\""
                + e.subject()
                + "\",\"Status\":\"Delivered\","
                + "\"ToIP\":null,\"FromIP\":\"203.0.113.1\",\"Size\":1000,"
                + "\"MessageTraceId\":\""
                + e.messageTraceId()
                + "\"}");
        if (out.size() == size) {
          break;
        }
      }
      return AdminTestServer.json(200, ok(String.join(",", out)));
    }
  }

  private static String field(String body, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void walksA25DayWindowOf12000RecordsOnceEachNewestFirst() {
    TraceService service = new TraceService(NOW.minus(Duration.ofDays(25)), NOW, 12_000);
    t.server.setDispatcher(service);

    List<MessageTraceEntry> all =
        t
            .client
            .messageTrace()
            .search(
                MessageTraceQuery.builder().between(NOW.minus(Duration.ofDays(25)), NOW).build())
            .stream()
            .toList();

    assertThat(all).hasSize(12_000);
    Set<String> keys = new HashSet<>();
    all.forEach(e -> keys.add(e.messageTraceId() + "|" + e.recipientAddress()));
    assertThat(keys).hasSize(12_000);
    assertThat(all)
        .extracting(MessageTraceEntry::received)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(service.windows).allMatch(w -> w.compareTo(Duration.ofDays(10)) <= 0);
    // 4,800 records per 10-day window at 1,000 per request: every window needs continuations.
    assertThat(service.requestTimes.size()).isBetween(13, 16);
    assertThat(all.get(0).fromIp()).isEqualTo("203.0.113.1");
    assertThat(all.get(0).size()).isEqualTo(1000L);
    assertThat(all.get(0).received()).isEqualTo(NOW);
  }

  @Test
  void continuesWithTheLastRecipientAndReceivedTime() {
    TraceService service = new TraceService(NOW.minus(Duration.ofHours(1)), NOW, 9);
    t.server.setDispatcher(service);

    List<MessageTraceEntry> all =
        t
            .client
            .messageTrace()
            .search(
                MessageTraceQuery.builder()
                    .between(NOW.minus(Duration.ofHours(2)), NOW)
                    .pageSize(2)
                    .build())
            .stream()
            .toList();

    assertThat(all).hasSize(9);
    RecordedRequest first = t.take();
    RecordedRequest second = t.take();
    assertThat(AdminTestServer.parameters(first, "Get-MessageTraceV2"))
        .isEqualTo(
            "{\"StartDate\":\"2026-03-01T10:00:00.0000000Z\","
                + "\"EndDate\":\"2026-03-01T12:00:00.0000000Z\",\"ResultSize\":2}");
    assertThat(AdminTestServer.parameters(second, "Get-MessageTraceV2"))
        .isEqualTo(
            "{\"StartDate\":\"2026-03-01T10:00:00.0000000Z\","
                + "\"EndDate\":\"2026-03-01T12:00:00.0000000Z\","
                + "\"StartingRecipientAddress\":\"b@contoso.com\",\"ResultSize\":2}");
  }

  @Test
  void keepsWithin100RequestsPerFiveMinutesOnTheInjectedClock() {
    TraceService service = new TraceService(NOW.minus(Duration.ofDays(2)), NOW, 12_000);
    t.server.setDispatcher(service);

    long count =
        t
            .client
            .messageTrace()
            .search(
                MessageTraceQuery.builder()
                    .between(NOW.minus(Duration.ofDays(2)), NOW)
                    .pageSize(100)
                    .build())
            .stream()
            .count();

    assertThat(count).isEqualTo(12_000);
    List<Instant> times = service.requestTimes;
    assertThat(times.size()).isGreaterThan(100);
    for (int i = 100; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 100), times.get(i)))
          .as("request %d and the 100th before it", i)
          .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }
    assertThat(t.waits).isNotEmpty();
    assertThat(t.waits.get(0)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void searchesTheLast48HoursByDefaultAndSendsEveryFilter() {
    t.enqueue(ok(""));

    t
        .client
        .messageTrace()
        .search(
            MessageTraceQuery.builder()
                .senderAddresses("s@example.net")
                .recipientAddresses("a@contoso.com", "b@contoso.com")
                .messageIds("<m1@x>")
                .messageTraceId("c20e0f7a-f06b-41df-fe33-08d9da155ac1")
                .statuses("Failed", "Quarantined")
                .subject("Invoice", SubjectFilterType.STARTS_WITH)
                .fromIp("203.0.113.1")
                .toIp("198.51.100.2")
                .build())
        .stream()
        .toList();

    assertThat(t.nextParameters("Get-MessageTraceV2"))
        .isEqualTo(
            "{\"StartDate\":\"2026-02-27T12:00:00.0000000Z\","
                + "\"EndDate\":\"2026-03-01T12:00:00.0000000Z\","
                + "\"SenderAddress\":[\"s@example.net\"],"
                + "\"RecipientAddress\":[\"a@contoso.com\",\"b@contoso.com\"],"
                + "\"MessageId\":[\"<m1@x>\"],"
                + "\"MessageTraceId\":\"c20e0f7a-f06b-41df-fe33-08d9da155ac1\","
                + "\"Status\":[\"Failed\",\"Quarantined\"],\"Subject\":\"Invoice\","
                + "\"SubjectFilterType\":\"StartsWith\",\"FromIP\":\"203.0.113.1\","
                + "\"ToIP\":\"198.51.100.2\",\"ResultSize\":1000}");
  }

  @Test
  void carriesTheWarningsOfEveryResponseOfAWindowOnItsPage() {
    String link =
        t.server.url("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?p=2").toString();
    String record =
        "{\"MessageId\":\"<m1@x>\",\"Received\":\"2026-03-01T11:00:00.0000000+00:00\","
            + "\"RecipientAddress\":\"a@contoso.com\",\"MessageTraceId\":\"trace-1\"}";
    t.enqueue(
        "{\"@adminapi.warnings\":[\"first\"],\"value\":["
            + record
            + "],\"@odata.nextLink\":\""
            + link
            + "\"}");
    t.enqueue("{\"@adminapi.warnings\":[\"second\"],\"value\":[]}");

    List<Page<MessageTraceEntry>> pages = new ArrayList<>();
    t.client
        .messageTrace()
        .search(MessageTraceQuery.builder().build())
        .byPage()
        .forEach(pages::add);

    assertThat(pages).singleElement().satisfies(p -> assertThat(p.items()).hasSize(1));
    assertThat(pages.get(0).warnings())
        .extracting(w -> w.cmdlet() + ": " + w.message())
        .containsExactly("Get-MessageTraceV2: first", "Get-MessageTraceV2: second");
  }

  @Test
  void refusesAStartBeyondTheNinetyDayLookBack() {
    assertThatThrownBy(
            () ->
                t.client
                    .messageTrace()
                    .search(
                        MessageTraceQuery.builder()
                            .between(NOW.minus(Duration.ofDays(91)), NOW.minus(Duration.ofDays(85)))
                            .build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("last 90 days")
        .hasMessageContaining("historical search");
    assertThat(t.server.getRequestCount()).isZero();
  }

  @Test
  void refusesAnInvertedPeriodAndAnOversizedPage() {
    assertThatThrownBy(() -> MessageTraceQuery.builder().between(NOW, NOW.minusSeconds(1)).build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> MessageTraceQuery.builder().pageSize(5001).build())
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void readsTraceDetails() {
    t.enqueue(
        ok(
            "{\"MessageId\":\"<m1@x>\",\"Date\":\"2026-03-01T11:00:00.0000000+00:00\","
                + "\"Event\":\"Deliver\",\"Action\":null,\"Detail\":\"The message was delivered.\","
                + "\"Data\":\"<root/>\",\"MessageTraceId\":\"trace-1\"}"));

    List<MessageTraceDetail> details = t.client.messageTrace().details("trace-1", "a@contoso.com");

    assertThat(t.nextParameters("Get-MessageTraceDetailV2"))
        .isEqualTo("{\"MessageTraceId\":\"trace-1\",\"RecipientAddress\":\"a@contoso.com\"}");
    assertThat(details)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.event()).isEqualTo("Deliver");
              assertThat(d.date()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
            });
  }
}
