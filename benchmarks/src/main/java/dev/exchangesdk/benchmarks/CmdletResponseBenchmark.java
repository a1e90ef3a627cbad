package dev.exchangesdk.benchmarks;

import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequestWriter;
import dev.exchangesdk.core.internal.cmdlet.CmdletResponseReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.ByteString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How fast the cmdlet transport reads a full InvokeCommand page (1000 Get-Mailbox objects shaped
 * like the captured response, annotations included) and writes a request body.
 *
 * <p>Run: {@code mvn -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar CmdletResponseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CmdletResponseBenchmark {
  private ByteString page;
  private CmdletRequest request;

  @Setup
  public void setUp() {
    StringBuilder s =
        new StringBuilder(
            "{\"@odata.context\":\"https://outlook.office.com/adminapi/beta/t/$metadata#"
                + "Collection(Exchange.GenericHashTable)\",\"adminapi.warnings@odata.type\":"
                + "\"#Collection(String)\",\"@adminapi.warnings\":[],\"value\":[");
    for (int i = 0; i < 1000; i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append("{\"Database\":\"EURPR07DG224-db024\",\"DatabaseGuid@data.type\":\"System.Guid\",")
          .append("\"DatabaseGuid@odata.type\":\"#Guid\",\"DatabaseGuid\":\"ae0627d4-b741-4f5e-")
          .append(
              "bbc8-afde04ef72d2\",\"MailboxRegion\":null,\"DeliverToMailboxAndForward\":false,")
          .append("\"ForwardingAddress\":null,\"ForwardingSmtpAddress\":null,")
          .append("\"LitigationHoldEnabled\":false,\"PitrCopyIntervalInSeconds@data.type\":")
          .append("\"System.Int16\",\"PitrCopyIntervalInSeconds\":0,\"LitigationHoldDuration\":")
          .append("\"Unlimited\",\"RetainDeletedItemsFor\":\"14.00:00:00\",\"AuditLogAgeLimit\":")
          .append("\"90.00:00:00\",\"ProhibitSendQuota\":\"99 GB (106,300,440,576 bytes)\",")
          .append("\"Languages@odata.type\":\"#Collection(String)\",\"Languages\":[\"en-US\"],")
          .append(
              "\"AuditAdmin\":[\"Update\",\"MoveToDeletedItems\",\"SoftDelete\",\"HardDelete\"],")
          .append("\"WhenMailboxCreated@data.type\":\"System.DateTime\",\"WhenMailboxCreated\":")
          .append("\"2022-09-21T08:07:47.0000000+00:00\",\"EmailAddresses\":[\"smtp:user")
          .append(i)
          .append("@contoso.onmicrosoft.com\",\"SMTP:user")
          .append(i)
          .append("@contoso.com\"],\"ExternalDirectoryObjectId\":\"00000000-0000-0000-0000-")
          .append(String.format("%012d", i))
          .append("\",\"PrimarySmtpAddress\":\"user")
          .append(i)
          .append("@contoso.com\",\"RecipientType\":\"UserMailbox\",\"RecipientTypeDetails\":")
          .append("\"UserMailbox\",\"Identity\":\"user")
          .append(i)
          .append("\",\"Name\":\"user")
          .append(i)
          .append("\",\"PSComputerName\":\"x\",\"RunspaceId\":\"r\",\"WhenChangedUTC@data.type\":")
          .append("\"System.DateTime\",\"WhenChangedUTC\":\"2024-04-10T08:56:22.0000000Z\"}");
    }
    s.append("],\"@odata.nextLink\":\"https://outlook.office.com/adminapi/beta/t/InvokeCommand")
        .append("?$skiptoken=abc\"}");
    page = ByteString.encodeUtf8(s.toString());
    request =
        CmdletRequest.builder("Set-MailboxJunkEmailConfiguration")
            .param("Identity", "user1@contoso.com")
            .addRemove("BlockedSendersAndDomains", List.of("a.example", "b.example"), List.of())
            .paramIfSet("Enabled", true)
            .build();
  }

  /** The size of the page read by {@link #readPageOf1000Mailboxes()}, for the report. */
  public int pageBytes() {
    return page.size();
  }

  @Benchmark
  public CmdletResponseReader.Body readPageOf1000Mailboxes() throws IOException {
    return CmdletResponseReader.read(new Buffer().write(page));
  }

  @Benchmark
  public ByteString writeRequestBody() {
    return CmdletRequestWriter.body(request);
  }
}
