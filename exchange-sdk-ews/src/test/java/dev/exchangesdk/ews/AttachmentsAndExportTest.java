package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.onlyMessage;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsAndExportTest {
  @RegisterExtension final EwsServer ews = new EwsServer();
  @TempDir Path dir;

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void downloadsTheDocumentedFileAttachmentWithItsHash() throws Exception {
    ews.respondWith("examples/GetAttachment-response.xml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DownloadedAttachment a = mailbox().downloadAttachment("AAAtAEFkbWluaX...", out);

    assertThat(out.toByteArray()).containsExactly(1, 2, 3, 4, 5);
    assertThat(a.size()).isEqualTo(5);
    assertThat(a.sha256()).isEqualTo(sha256(new byte[] {1, 2, 3, 4, 5}));
    assertThat(a.name()).isEqualTo("SomeFile");
    assertThat(a.id()).isEqualTo("AAAtAEFkbWluaX...");
    assertThat(ews.takeRequestBody())
        .contains("<m:AttachmentIds><t:AttachmentId Id=\"AAAtAEFkbWluaX...\"/></m:AttachmentIds>");
  }

  @Test
  void downloadsARecordedAttachmentToAFile() throws Exception {
    ews.respondWith("recorded/GetAttachmentRequestResponse.xml");
    Path file = dir.resolve("textFile.txt");

    DownloadedAttachment a = mailbox().downloadAttachment("att", file);

    assertThat(Files.readString(file)).isEqualTo("some text");
    assertThat(a.contentType()).isEqualTo("text/plain");
    assertThat(a.name()).isEqualTo("textFile.txt");
    assertThat(a.sha256()).isEqualTo(sha256("some text".getBytes(StandardCharsets.UTF_8)));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  /** The three attachments of the recorded GetAttachment (ews-javascript-api, Exchange Online). */
  private static final String THREE_ATTACHMENTS =
      "recorded/GetAttachmentWith3AttachmentRequestResponse.xml";

  private static final String PREFIX =
      "AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwBGAAAAAAD7THPLlZw5QIg6OXUk7V98BwBW56ZK"
          + "5wEvSplui1kQQWjKAAAAAAEJAABW56ZK5wEvSplui1kQQWjKAAAFLE8pAAABEgAQA";
  private static final String FIRST_FILE = PREFIX + "Jvk0wvYN3FMi9z4VR+SUNE=";
  private static final String SECOND_FILE = PREFIX + "N35bzEewiVCmJatqJpedsI=";
  private static final String ATTACHED_MESSAGE = PREFIX + "DkTz8jZgc5JoBuYAgMpc2g=";

  @Test
  void readsEachAttachmentOfTheRecordedThreeAttachmentResponse() throws Exception {
    // The SDK asks for one attachment per GetAttachment; each recorded message is the answer the
    // server gives for its own id.
    String recorded = Fixtures.ews(THREE_ATTACHMENTS);
    ews.respond(onlyMessage(recorded, "GetAttachment", 0));
    ews.respond(onlyMessage(recorded, "GetAttachment", 1));
    ews.respond(onlyMessage(recorded, "GetAttachment", 2));
    ews.respond(onlyMessage(recorded, "GetAttachment", 2));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    DownloadedAttachment a = mailbox().downloadAttachment(FIRST_FILE, first);
    DownloadedAttachment b = mailbox().downloadAttachment(SECOND_FILE, second);
    MailItem attached = mailbox().getAttachedItem(ATTACHED_MESSAGE);

    byte[] someText = "some text".getBytes(StandardCharsets.UTF_8);
    assertThat(first.toByteArray()).isEqualTo(someText);
    assertThat(second.toByteArray()).isEqualTo(someText);
    assertThat(a.id()).isEqualTo(FIRST_FILE);
    assertThat(b.id()).isEqualTo(SECOND_FILE);
    for (DownloadedAttachment d : java.util.List.of(a, b)) {
      assertThat(d.name()).isEqualTo("textFile.txt");
      assertThat(d.contentType()).isEqualTo("text/plain");
      assertThat(d.size()).isEqualTo(9);
      assertThat(d.sha256()).isEqualTo(sha256(someText));
      assertThat(d.inline()).isFalse();
    }
    assertThat(attached.itemClass()).isEqualTo("IPM.Note");
    assertThat(attached.isMessage()).isTrue();
    assertThat(attached.size()).isEqualTo(880L);
    assertThat(attached.createdAt()).isEqualTo(Instant.parse("2016-03-06T22:35:47Z"));
    assertThat(attached.lastModifiedAt()).isEqualTo(Instant.parse("2016-03-06T22:35:48Z"));
    assertThat(attached.read()).isTrue();
    assertThat(attached.hasAttachments()).isFalse();
    assertThat(attached.conversationId())
        .isEqualTo(
            "AAQkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwAQAP7JRNyftrdLi/1TrMNGj/g=");
    assertThat(attached.subject()).isNull();
    assertThat(attached.attachments()).isEmpty();
    assertThat(ews.takeRequestBody()).contains("<t:AttachmentId Id=\"" + FIRST_FILE + "\"/>");
    assertThat(ews.takeRequestBody()).contains("<t:AttachmentId Id=\"" + SECOND_FILE + "\"/>");
    assertThat(ews.takeRequestBody()).contains("<t:AttachmentId Id=\"" + ATTACHED_MESSAGE + "\"/>");
    assertThatThrownBy(
            () -> mailbox().downloadAttachment(ATTACHED_MESSAGE, new ByteArrayOutputStream()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("not a file");
  }

  @Test
  void refusesThreeAnswersToAOneAttachmentRequestAndLeavesNoFile() throws Exception {
    ews.respondWith(THREE_ATTACHMENTS);
    ews.respondWith(THREE_ATTACHMENTS);
    Path file = dir.resolve("textFile.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // Not "not a file" (the third message's attached item), not a guess among the three.
    assertThatThrownBy(() -> mailbox().downloadAttachment(FIRST_FILE, file))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("GetAttachment returned 3 response messages for one request");
    assertThatThrownBy(() -> mailbox().downloadAttachment(FIRST_FILE, out))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("3 response messages");

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    // The stream got the first message's content once, not the second file appended to it.
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("some text");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  /** 24 MiB of random bytes, base64 in 76-character lines, streamed by the server in pieces. */
  @Test
  void streamsALargeAttachmentComputingTheHashOnTheWay() throws Exception {
    byte[] content = new byte[24 << 20];
    new Random(42).nextBytes(content);
    String base64 = Base64.getMimeEncoder().encodeToString(content);
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><m:GetAttachmentResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
                + "<m:GetAttachmentResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                + "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"BIG\"/><t:Name>big.bin</t:Name>"
                + "<t:ContentType>application/octet-stream</t:ContentType><t:Size>"
                + content.length
                + "</t:Size><t:IsInline>false</t:IsInline><t:IsContactPhoto>false</t:IsContactPhoto><t:Content>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] body = base64.getBytes(StandardCharsets.US_ASCII);
    byte[] tail =
        "</t:Content></t:FileAttachment></m:Attachments></m:GetAttachmentResponseMessage></m:ResponseMessages></m:GetAttachmentResponse></s:Body></s:Envelope>"
            .getBytes(StandardCharsets.UTF_8);
    ews.respondStreaming(
        "text/xml; charset=utf-8",
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return head.length + body.length + tail.length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.write(head);
            for (int i = 0; i < body.length; i += 8191) {
              sink.write(body, i, Math.min(8191, body.length - i));
            }
            sink.write(tail);
          }
        });
    Path file = dir.resolve("big.bin");

    DownloadedAttachment a = mailbox().downloadAttachment("BIG", file);

    assertThat(a.size()).isEqualTo(content.length);
    assertThat(a.sha256()).isEqualTo(sha256(content));
    assertThat(Files.size(file)).isEqualTo(content.length);
    assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(content));
  }

  /** A GetAttachment response whose base64 content is {@code base64}, streamed in pieces. */
  private void respondWithContent(byte[] base64) {
    byte[] head =
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><m:GetAttachmentResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
                + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
                + "<m:GetAttachmentResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                + "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"BIG\"/><t:Name>big.bin</t:Name><t:Content>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        "</t:Content></t:FileAttachment></m:Attachments></m:GetAttachmentResponseMessage></m:ResponseMessages></m:GetAttachmentResponse></s:Body></s:Envelope>"
            .getBytes(StandardCharsets.UTF_8);
    ews.respondStreaming(
        "text/xml; charset=utf-8",
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return head.length + base64.length + tail.length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.write(head);
            for (int i = 0; i < base64.length; i += 8191) {
              sink.write(base64, i, Math.min(8191, base64.length - i));
            }
            sink.write(tail);
          }
        });
  }

  @Test
  void reportsInvalidBase64FoundDeepInsideALargeAttachment() {
    byte[] content = new byte[6 << 20];
    new Random(1).nextBytes(content);
    byte[] base64 = Base64.getEncoder().encode(content);
    base64[base64.length - 1000] = '*';
    respondWithContent(base64);

    assertThatThrownBy(() -> mailbox().downloadAttachment("BIG", OutputStream.nullOutputStream()))
        .isInstanceOf(dev.exchangesdk.core.ResponseFormatException.class)
        .hasMessageContaining("invalid base64 character");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void reportsADestinationThatFailsDuringALargeDownload() {
    byte[] content = new byte[6 << 20];
    new Random(2).nextBytes(content);
    respondWithContent(Base64.getEncoder().encode(content));
    OutputStream fillsUp =
        new OutputStream() {
          private long written;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > (3 << 20)) {
              throw new IOException("disk full");
            }
          }
        };

    assertThatThrownBy(() -> mailbox().downloadAttachment("BIG", fillsUp))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("disk full")
        .satisfies(e -> assertThat(((ExchangeException) e).isRetryable()).isFalse());
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void doesNotRetryADownloadThatFailsAfterWritingToTheDestination() {
    String xml =
        response(
            "GetAttachment",
            success(
                "GetAttachment",
                "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"A\"/><t:Name>a.bin</t:Name><t:Content>"
                    + "QUJDREVGR0g=".repeat(20000)
                    + "</t:Content></t:FileAttachment></m:Attachments>"));
    ews.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/xml")
            .body(xml)
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> mailbox().downloadAttachment("A", out))
        .isInstanceOf(ExchangeException.class)
        .satisfies(e -> assertThat(((ExchangeException) e).isRetryable()).isFalse());
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void reportsAFailingDestinationWithoutRetrying() {
    ews.respondWith("examples/GetAttachment-response.xml");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> mailbox().downloadAttachment("A", broken))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("disk full");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void refusesToDownloadAnAttachedItemAsAFile() {
    ews.respondWith("recorded/GetItemAttachmentRequestResponse.xml");

    assertThatThrownBy(() -> mailbox().downloadAttachment("att", new ByteArrayOutputStream()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("export it as .eml");
  }

  @Test
  void mapsAMissingAttachmentToNotFound() {
    ews.respond(
        response(
            "GetAttachment",
            dev.exchangesdk.ews.testing.EwsXml.error(
                "GetAttachment", "ErrorAttachmentNotFound", "The attachment could not be found.")));

    assertThatThrownBy(() -> mailbox().downloadAttachment("gone", new ByteArrayOutputStream()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("attachment gone");
  }

  @Test
  void readsARecordedAttachedItem() {
    ews.respondWith("recorded/GetItemAttachmentRequestResponse.xml");

    MailItem item = mailbox().getAttachedItem("att");

    assertThat(item.subject()).isEqualTo("Message with Attachments");
    assertThat(item.htmlBody()).contains("This message contains four file attachments.");
    assertThat(item.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("fiddler - ews javascript api.JPG");
              assertThat(a.size()).isEqualTo(133812L);
              assertThat(a.kind()).isEqualTo(AttachmentInfo.Kind.FILE);
            });
    assertThat(item.headerValues("Received")).hasSize(3);
  }

  @Test
  void exportsAnItemAsEmlAddingMissingItemHeadersWithCrlf() throws Exception {
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"M1\"/><t:Subject>Quarterly: report?</t:Subject>"
                    + "<t:InternetMessageHeaders>"
                    + "<t:InternetMessageHeader HeaderName=\"Received\">from a by b</t:InternetMessageHeader>"
                    + "<t:InternetMessageHeader HeaderName=\"Received\">from c by d</t:InternetMessageHeader>"
                    + "<t:InternetMessageHeader HeaderName=\"subject\">Quarterly: report?</t:InternetMessageHeader>"
                    + "<t:InternetMessageHeader HeaderName=\"Content-Type\">application/ms-tnef</t:InternetMessageHeader>"
                    + "<t:InternetMessageHeader HeaderName=\"X-MS-Exchange-Organization-SCL\">5</t:InternetMessageHeader>"
                    + "</t:InternetMessageHeaders></t:Message></m:Items>")));
    String mime =
        "From: Alice <alice@contoso.com>\nSubject: Quarterly: report?\nMessage-ID: <[abc@contoso.com]>\n"
            + "Content-Type: text/plain\n\nline one\nline two\r\nline three\n";
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                    + Base64.getMimeEncoder().encodeToString(mime.getBytes(StandardCharsets.UTF_8))
                    + "</t:MimeContent><t:ItemId Id=\"M1\"/></t:Message></m:Items>")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EmlExport e = mailbox().exportItem("M1", out);

    String eml = out.toString(StandardCharsets.UTF_8);
    assertThat(eml)
        .isEqualTo(
            "From: Alice <alice@contoso.com>\r\nSubject: Quarterly: report?\r\n"
                + "Message-ID: <abc@contoso.com>\r\nContent-Type: text/plain\r\n"
                + "Received: from a by b\r\nReceived: from c by d\r\n"
                + "X-MS-Exchange-Organization-SCL: 5\r\n\r\n"
                + "line one\r\nline two\r\nline three\r\n");
    assertThat(e.addedHeaders()).containsExactly("Received", "X-MS-Exchange-Organization-SCL");
    assertThat(e.size()).isEqualTo(out.size());
    assertThat(e.sha256()).isEqualTo(sha256(out.toByteArray()));
    assertThat(e.fileName()).isEqualTo("Quarterly_ report_.eml");
    assertThat(ews.takeRequestBody())
        .contains("item:InternetMessageHeaders")
        .doesNotContain("IncludeMimeContent");
    assertThat(ews.takeRequestBody()).contains("<t:IncludeMimeContent>true</t:IncludeMimeContent>");
  }

  @Test
  void exportsTheDocumentedGetItemMimeContent() {
    ews.respondWith("examples/GetItem-response.xml");
    ews.respondWith("examples/GetItem-response.xml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EmlExport e = mailbox().exportItem("AAAlAF", out);

    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("Recei\r\n");
    assertThat(e.fileName()).isEqualTo("untitled.eml");
  }

  @Test
  void exportsAnAttachedItemAsEml() throws Exception {
    ews.respondWith("recorded/GetItemAttachmentRequestResponse.xml");
    String mime = "Subject: Message with Attachments\r\n\r\nhello\r\n";
    ews.respond(
        response(
            "GetAttachment",
            success(
                "GetAttachment",
                "<m:Attachments><t:ItemAttachment><t:AttachmentId Id=\"att\"/><t:Name>Message with Attachments</t:Name>"
                    + "<t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                    + Base64.getEncoder().encodeToString(mime.getBytes(StandardCharsets.UTF_8))
                    + "</t:MimeContent><t:ItemClass>IPM.Note</t:ItemClass></t:Message></t:ItemAttachment></m:Attachments>")));
    Path file = dir.resolve("attached.eml");

    EmlExport e = mailbox().exportAttachedItem("att", file);

    String eml = Files.readString(file);
    assertThat(eml)
        .startsWith("Subject: Message with Attachments\r\n")
        .endsWith("\r\n\r\nhello\r\n");
    assertThat(e.addedHeaders())
        .contains("Received", "Thread-Topic")
        .doesNotContain("Content-Type");
    assertThat(e.fileName()).isEqualTo("Message with Attachments.eml");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:AttachmentShape><t:IncludeMimeContent>true</t:IncludeMimeContent>");
  }
}
