package dev.exchangesdk.benchmarks.ews;

import dev.exchangesdk.ews.internal.ops.ResponseParsers;
import dev.exchangesdk.ews.internal.xml.SecureXml;
import dev.exchangesdk.ews.model.MailItem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A FindItem page of 1000 typical messages (about 2.6 MB): the SDK's parse into {@link MailItem}s
 * against a bare StAX pass over the same bytes (every event visited, text lengths read, nothing
 * kept). Run with {@code -prof gc} for the allocation per parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class FindItemParseBenchmark {
  private byte[] response;

  @Setup
  public void generate() throws Exception {
    response = FindItemResponses.generate(1000);
    List<MailItem> check = ResponseParsers.findItemPage(new ByteArrayInputStream(response));
    if (check.size() != 1000 || check.get(999).subject() == null) {
      throw new IllegalStateException("generated response does not parse");
    }
  }

  @Benchmark
  public long bareStax() throws Exception {
    XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(response));
    long n = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS) {
        n += r.getTextLength();
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        n += r.getAttributeCount();
      }
    }
    r.close();
    return n;
  }

  @Benchmark
  public List<MailItem> parseToModel() throws Exception {
    return ResponseParsers.findItemPage(new ByteArrayInputStream(response));
  }
}
