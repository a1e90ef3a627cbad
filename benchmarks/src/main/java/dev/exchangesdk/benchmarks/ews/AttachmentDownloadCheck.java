package dev.exchangesdk.benchmarks.ews;

import com.sun.net.httpserver.HttpServer;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import java.io.IOException;
import java.io.OutputStream;
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

/**
 * Downloads a generated file attachment of N MiB (default 1024) through the real client from a
 * loopback server that streams the GetAttachment response, and prints the throughput. Run it with a
 * small heap to show the download is streamed:
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     dev.exchangesdk.benchmarks.ews.AttachmentDownloadCheck 1024
 * }</pre>
 *
 * The content is a 3 MiB block of deterministic pseudo-random bytes, repeated (so the loopback
 * server costs little CPU); its SHA-256 is computed up front (not timed) and compared with what the
 * client reports.
 */
public final class AttachmentDownloadCheck {
  /** A multiple of 3 (no padding inside the stream) that divides 1 MiB-multiples evenly enough. */
  private static final int BLOCK = 3 << 20;

  private AttachmentDownloadCheck() {}

  public static void main(String[] args) throws Exception {
    long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
    long size = mib << 20;
    String expected = HexFormat.of().formatHex(digestOf(size));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/EWS/Exchange.asmx",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          exchange.sendResponseHeaders(200, 0); // chunked
          try (OutputStream out =
              new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            writeResponse(out, size);
          }
        });
    server.start();
    Path file = Files.createTempFile("attachment-", ".bin");
    try {
      EwsClient client =
          EwsClient.builder()
              .credential(new StaticTokenCredential("benchmark-token"))
              .endpoint(
                  URI.create(
                      "http://127.0.0.1:" + server.getAddress().getPort() + "/EWS/Exchange.asmx"))
              .httpOptions(HttpOptions.builder().readTimeout(Duration.ofMinutes(2)).build())
              .build();
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      DownloadedAttachment a = client.mailbox("bench@contoso.com").downloadAttachment("BIG", file);
      double seconds = (System.nanoTime() - start) / 1e9;
      // CPU of the whole process: the client's two threads and the loopback server.
      double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      if (a.size() != size || Files.size(file) != size || !a.sha256().equals(expected)) {
        throw new IllegalStateException("Download mismatch: " + a + " expected sha256 " + expected);
      }
      System.out.printf(
          "Downloaded %d MiB in %.2f s: %.0f MB/s wall clock; process CPU %.2f s (%.0f MB/s per"
              + " CPU second, server included; heap max %d MiB, load average %.1f), sha256 %s ok%n",
          mib,
          seconds,
          size / 1e6 / seconds,
          cpuSeconds,
          size / 1e6 / cpuSeconds,
          Runtime.getRuntime().maxMemory() >> 20,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          a.sha256());
    } finally {
      server.stop(0);
      Files.deleteIfExists(file);
    }
  }

  private static byte[] digestOf(long size) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    byte[] block = new byte[BLOCK];
    new Content().next(block, BLOCK);
    for (long left = size; left > 0; left -= BLOCK) {
      d.update(block, 0, (int) Math.min(BLOCK, left));
    }
    return d.digest();
  }

  private static void writeResponse(OutputStream out, long size) throws IOException {
    out.write(
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><m:GetAttachmentResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
                + "<m:GetAttachmentResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                + "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"BIG\"/><t:Name>big.bin</t:Name>"
                + "<t:ContentType>application/octet-stream</t:ContentType><t:Size>"
                + size
                + "</t:Size><t:IsInline>false</t:IsInline><t:Content>")
            .getBytes(StandardCharsets.UTF_8));
    // One encoded block repeated: the server must not be the bottleneck on a shared machine.
    byte[] block = new byte[BLOCK];
    new Content().next(block, BLOCK);
    byte[] encoded = Base64.getEncoder().encode(block);
    for (long left = size; left > 0; left -= BLOCK) {
      int n = (int) Math.min(BLOCK, left);
      out.write(
          n == BLOCK ? encoded : Base64.getEncoder().encode(java.util.Arrays.copyOf(block, n)));
    }
    out.write(
        "</t:Content></t:FileAttachment></m:Attachments></m:GetAttachmentResponseMessage></m:ResponseMessages></m:GetAttachmentResponse></s:Body></s:Envelope>"
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Deterministic pseudo-random bytes, cheap enough not to be the bottleneck. */
  private static final class Content {
    private final SplittableRandom random = new SplittableRandom(42);

    void next(byte[] into, int n) {
      for (int i = 0; i < n; i += 8) {
        long v = random.nextLong();
        for (int j = 0; j < 8 && i + j < n; j++) {
          into[i + j] = (byte) (v >>> (8 * j));
        }
      }
    }
  }
}
