package dev.exchangesdk.benchmarks.ews;

import com.sun.net.httpserver.HttpServer;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a mail with a generated file attachment of N MiB (default 200) through the real client to a
 * loopback server, and prints the time and throughput. The server reads the request as it arrives
 * and keeps nothing: it checks that the content of {@code <t:Content>} is well-formed base64,
 * decodes it and compares its SHA-256 and size with the file's. Run it with a small heap to show
 * the request body is encoded while it is written, never held whole:
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     dev.exchangesdk.benchmarks.ews.SendLargeAttachmentCheck 200
 * }</pre>
 */
public final class SendLargeAttachmentCheck {
  private static final String RESPONSE =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope"
          + " xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:CreateItemResponse"
          + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
          + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
          + "<m:ResponseMessages><m:CreateItemResponseMessage ResponseClass=\"Success\">"
          + "<m:ResponseCode>NoError</m:ResponseCode><m:Items/></m:CreateItemResponseMessage>"
          + "</m:ResponseMessages></m:CreateItemResponse></s:Body></s:Envelope>";

  private SendLargeAttachmentCheck() {}

  public static void main(String[] args) throws Exception {
    long mib = args.length > 0 ? Long.parseLong(args[0]) : 200;
    long size = mib << 20;
    Path file = Files.createTempFile("attachment-", ".bin");
    String expected = HexFormat.of().formatHex(generate(file, size));
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/EWS/Exchange.asmx",
        exchange -> {
          String outcome;
          try (InputStream in = exchange.getRequestBody()) {
            outcome = ContentCheck.read(in);
          } catch (IOException | RuntimeException e) {
            outcome = "error: " + e;
          }
          received.set(outcome);
          byte[] body = RESPONSE.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      EwsClient client =
          EwsClient.builder()
              .credential(new StaticTokenCredential("benchmark-token"))
              .endpoint(
                  URI.create(
                      "http://127.0.0.1:" + server.getAddress().getPort() + "/EWS/Exchange.asmx"))
              .httpOptions(
                  HttpOptions.builder()
                      .readTimeout(Duration.ofMinutes(5))
                      .writeTimeout(Duration.ofMinutes(5))
                      .build())
              .build();
      OutgoingMessage mail =
          OutgoingMessage.builder()
              .to("recipient@contoso.com")
              .subject("Evidence bundle")
              .textBody("Attached.")
              .attach(OutgoingAttachment.of(file).withContentType("application/octet-stream"))
              .build();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      resetPeaks();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      SendResult r = client.mailbox("bench@contoso.com").sendMail(mail);
      double seconds = (System.nanoTime() - start) / 1e9;
      // The request body is written on this thread: its CPU time is the client's cost.
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      String expectedOutcome = size + " bytes, sha256 " + expected;
      if (!expectedOutcome.equals(received.get())) {
        throw new IllegalStateException(
            "The server received " + received.get() + " instead of " + expectedOutcome);
      }
      System.out.printf(
          "Sent a %d MiB attachment (%s) in %.2f s: %.0f MB/s wall clock; client CPU %.2f s: %.0f"
              + " MB/s per core (heap max %d MiB, peak heap used %d MiB, load average %.1f),"
              + " received sha256 %s ok%n",
          mib,
          r.path(),
          seconds,
          size / 1e6 / seconds,
          cpuSeconds,
          size / 1e6 / cpuSeconds,
          Runtime.getRuntime().maxMemory() >> 20,
          peakHeapUsed() >> 20,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          expected);
    } finally {
      server.stop(0);
      Files.deleteIfExists(file);
    }
  }

  /** Writes {@code size} deterministic pseudo-random bytes; returns their SHA-256. */
  private static byte[] generate(Path file, long size) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(42);
    byte[] block = new byte[1 << 20];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long left = size; left > 0; left -= block.length) {
        for (int i = 0; i < block.length; i += 8) {
          long v = random.nextLong();
          for (int j = 0; j < 8; j++) {
            block[i + j] = (byte) (v >>> (8 * j));
          }
        }
        int n = (int) Math.min(block.length, left);
        out.write(block, 0, n);
        d.update(block, 0, n);
      }
    }
    return d.digest();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * Reads a request body as it arrives, keeping nothing: finds the one {@code <t:Content>} element,
   * checks that its text is base64 (alphabet, padding, length) and decodes it into a SHA-256, and
   * checks that the body ends with the envelope's end tag.
   */
  static final class ContentCheck {
    private static final byte[] OPEN = "<t:Content>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "</s:Envelope>".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] ALPHABET = new boolean[128];

    static {
      for (char c :
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".toCharArray()) {
        ALPHABET[c] = true;
      }
    }

    private final MessageDigest digest;
    private final byte[] pending = new byte[1 << 16];
    private int pendingLength;
    private long decoded;
    private int matched;
    private boolean inContent;
    private boolean contentSeen;
    private final byte[] tail = new byte[END.length];
    private long total;

    private ContentCheck() throws Exception {
      digest = MessageDigest.getInstance("SHA-256");
    }

    /** {@code "<n> bytes, sha256 <hex>"} of the decoded content. */
    static String read(InputStream in) throws IOException {
      ContentCheck check;
      try {
        check = new ContentCheck();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        check.accept(buf, n);
      }
      return check.finish();
    }

    private void accept(byte[] buf, int n) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        tail[(int) (total++ % END.length)] = b;
        if (inContent) {
          if (b == '<') {
            flush(true);
            inContent = false;
          } else if (b < 0 || !ALPHABET[b]) {
            throw new IllegalStateException("Not base64 at byte " + total + ": " + b);
          } else {
            pending[pendingLength++] = b;
            if (pendingLength == pending.length) {
              flush(false);
            }
          }
        } else if (b == OPEN[matched]) {
          matched++;
          if (matched == OPEN.length) {
            if (contentSeen) {
              throw new IllegalStateException("More than one attachment content");
            }
            inContent = true;
            contentSeen = true;
            matched = 0;
          }
        } else {
          matched = b == OPEN[0] ? 1 : 0;
        }
      }
    }

    private void flush(boolean last) {
      int usable = last ? pendingLength : pendingLength - pendingLength % 4;
      if (last && usable % 4 != 0) {
        throw new IllegalStateException("Base64 length is not a multiple of 4");
      }
      byte[] bytes = Base64.getDecoder().decode(java.util.Arrays.copyOf(pending, usable));
      digest.update(bytes);
      decoded += bytes.length;
      System.arraycopy(pending, usable, pending, 0, pendingLength - usable);
      pendingLength -= usable;
    }

    private String finish() {
      if (!contentSeen || inContent) {
        throw new IllegalStateException("No complete <t:Content> element");
      }
      byte[] last = new byte[END.length];
      for (int i = 0; i < END.length; i++) {
        last[i] = tail[(int) ((total + i) % END.length)];
      }
      if (!java.util.Arrays.equals(last, END)) {
        throw new IllegalStateException("The body does not end with </s:Envelope>");
      }
      return decoded + " bytes, sha256 " + HexFormat.of().formatHex(digest.digest());
    }
  }
}
