package dev.exchangesdk.benchmarks.testkit;

import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.FakeMailbox;
import dev.exchangesdk.testkit.model.NewMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What FakeExchange costs a test suite: EWS and admin round trips over loopback HTTPS against a
 * mailbox of 1000 messages (request parsing and schema validation, the operation, the response),
 * measured from the client side with OkHttp.
 *
 * <p>Run: {@code mvn -q -Dquick -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar FakeExchangeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FakeExchangeBenchmark {
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MESSAGES = 1000;

  private FakeExchange fake;
  private OkHttpClient http;
  private String firstItemId;

  @Setup(Level.Trial)
  public void start() {
    fake = FakeExchange.start();
    FakeMailbox box = fake.createMailbox("bench@contoso.com", "Bench");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < MESSAGES; i++) {
      box.deliver(
          "Inbox",
          NewMessage.builder()
              .from("Sender " + i, "sender" + i + "@fabrikam.example")
              .to("bench@contoso.com")
              .subject("Message " + i)
              .html("<p>Body of message " + i + "</p>")
              .sentAt(t.plusSeconds(i))
              .build());
    }
    firstItemId = box.items("Inbox").get(0).id();
    http =
        new OkHttpClient.Builder()
            .sslSocketFactory(fake.sslContext().getSocketFactory(), fake.trustManager())
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** FindItem, first page of 100 of 1000, default shape. */
  @Benchmark
  public int findItemPageOf100() throws IOException {
    return ews(
        "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
            + "<m:IndexedPageItemView MaxEntriesReturned=\"100\" Offset=\"0\" BasePoint=\"Beginning\"/>"
            + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>");
  }

  /** FindItem with an AQS query over 1000 items (every item tested). */
  @Benchmark
  public int findItemWithAqs() throws IOException {
    return ews(
        "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
            + "<m:IndexedPageItemView MaxEntriesReturned=\"50\" Offset=\"0\" BasePoint=\"Beginning\"/>"
            + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds>"
            + "<m:QueryString>subject:\"Message 99\" OR from:sender5</m:QueryString></m:FindItem>");
  }

  /** GetItem of one message with its MIME content (base64). */
  @Benchmark
  public int getItemWithMime() throws IOException {
    return ews(
        "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent></m:ItemShape>"
            + "<m:ItemIds><t:ItemId Id=\""
            + firstItemId
            + "\"/></m:ItemIds></m:GetItem>");
  }

  /** SyncFolderItems from an empty state: 512 creates of 1000 and a new sync state. */
  @Benchmark
  public int syncFolderItems512() throws IOException {
    return ews(
        "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
            + "<m:SyncFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SyncFolderId>"
            + "<m:MaxChangesReturned>512</m:MaxChangesReturned></m:SyncFolderItems>");
  }

  /** Get-Mailbox through the admin InvokeCommand endpoint. */
  @Benchmark
  public int adminGetMailbox() throws IOException {
    Request request =
        new Request.Builder()
            .url(fake.adminUrl().toString())
            .header("Authorization", "Bearer " + fake.acceptedToken())
            .post(
                RequestBody.create(
                    "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{}}}", JSON))
            .build();
    return call(request);
  }

  private int ews(String operation) throws IOException {
    String envelope =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            + "<s:Header><t:RequestServerVersion Version=\"Exchange2016\"/>"
            + "<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>bench@contoso.com"
            + "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation></s:Header>"
            + "<s:Body>"
            + operation
            + "</s:Body></s:Envelope>";
    Request request =
        new Request.Builder()
            .url(fake.ewsUrl().toString())
            .header("Authorization", "Bearer " + fake.acceptedToken())
            .post(RequestBody.create(envelope, XML))
            .build();
    return call(request);
  }

  private int call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      byte[] body = response.body().bytes();
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code() + ": " + new String(body));
      }
      return body.length;
    }
  }
}
