package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import dev.exchangesdk.ews.testing.CountingCredential;
import dev.exchangesdk.ews.testing.EwsSchema;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SendMailTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  @TempDir Path dir;

  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static List<String> contents(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<t:(?:Content|MimeContent)(?: [^>]*)?>([^<]*)</t:").matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void sendsATextMailAndKeepsACopyWithTheDocumentedResponse() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    SendResult r =
        mailbox()
            .sendMail(
                OutgoingMessage.builder()
                    .to("sschmidt@example.com")
                    .subject("Project Action")
                    .textBody("Priority - Update specification")
                    .build());

    assertThat(r.path()).isEqualTo(SendResult.Path.SINGLE_REQUEST);
    assertThat(r.subject()).isEqualTo("Project Action");
    RecordedRequest request = ews.takeRequest();
    assertThat(request.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(request.getBody().utf8())
        .contains("<m:CreateItem MessageDisposition=\"SendAndSaveCopy\">")
        .contains(
            "<m:SavedItemFolderId><t:DistinguishedFolderId Id=\"sentitems\"/></m:SavedItemFolderId>")
        .contains("<t:Subject>Project Action</t:Subject>")
        .contains("<t:Body BodyType=\"Text\">Priority - Update specification</t:Body>")
        .contains(
            "<t:ToRecipients><t:Mailbox><t:EmailAddress>sschmidt@example.com</t:EmailAddress>"
                + "</t:Mailbox></t:ToRecipients>")
        .contains("<t:SmtpAddress>soc@contoso.com</t:SmtpAddress>");
  }

  @Test
  void sendsWithoutACopyWhenAsked() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    mailbox().sendMail(OutgoingMessage.builder().to("a@contoso.com").saveCopy(false).build());

    assertThat(ews.takeRequestBody())
        .contains("MessageDisposition=\"SendOnly\"")
        .doesNotContain("SavedItemFolderId");
  }

  @Test
  void mapsTheDocumentedSendAsRefusal() {
    ews.respondWith("examples/CreateItem-sendmail-error-response.xml");

    assertThatThrownBy(
            () ->
                mailbox()
                    .sendMail(
                        OutgoingMessage.builder()
                            .to("a@contoso.com")
                            .from("ceo@contoso.com")
                            .build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("does not have the right to send mail on behalf")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorSendAsDenied");
  }

  @Test
  void needsARecipientInAnyListAndAcceptsCcOrBccAlone() {
    assertThatThrownBy(() -> mailbox().sendMail(OutgoingMessage.builder().subject("x").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("at least one recipient");
    assertThat(ews.requestCount()).isZero();
    ews.respondWith("examples/CreateItem-sendmail-response.xml");
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    mailbox().sendMail(OutgoingMessage.builder().cc("c@contoso.com").build());
    mailbox().sendMail(OutgoingMessage.builder().bcc("b@contoso.com").build());

    assertThat(ews.takeRequestBody()).contains("<t:CcRecipients>").doesNotContain("ToRecipients");
    assertThat(ews.takeRequestBody()).contains("<t:BccRecipients>");
  }

  @Test
  void theHtmlBodyWinsAndEveryFieldGoesInSchemaOrder() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    mailbox()
        .sendMail(
            OutgoingMessage.builder()
                .to("a@contoso.com")
                .replyTo("soc@contoso.com")
                .from("shared@contoso.com")
                .subject("Alert <1> & more")
                .textBody("plain")
                .htmlBody("<p>rich</p>")
                .importance(Importance.HIGH)
                .build());

    assertThat(ews.takeRequestBody())
        .contains("<t:Subject>Alert &lt;1&gt; &amp; more</t:Subject>")
        .contains("<t:Body BodyType=\"HTML\">&lt;p&gt;rich&lt;/p&gt;</t:Body>")
        .doesNotContain("plain")
        .contains("<t:Importance>High</t:Importance>")
        .contains("<t:From><t:Mailbox><t:EmailAddress>shared@contoso.com</t:EmailAddress>")
        .contains("<t:ReplyTo><t:Mailbox><t:EmailAddress>soc@contoso.com</t:EmailAddress>");
  }

  @Test
  void turnsDataUrlImagesIntoInlineAttachmentsWithContentIds() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    SendResult r =
        mailbox()
            .sendMail(
                OutgoingMessage.builder()
                    .to("a@contoso.com")
                    .htmlBody(
                        "<p>One</p><img alt='x' src='data:image/png;base64,"
                            + PNG
                            + "'><img src=\"data:image/jpeg;base64,/9j/4AAQ\" width=\"1\">")
                    .build());

    assertThat(r.inlineImageContentIds()).hasSize(2);
    assertThat(r.inlineImageContentIds().get(0)).matches("image0@[0-9a-f]{8}_[0-9a-f]{8}");
    assertThat(r.inlineImageContentIds().get(1)).matches("image1@[0-9a-f]{8}_[0-9a-f]{8}");
    assertThat(r.attachments()).isEqualTo(2);
    String body = ews.takeRequestBody();
    String cid0 = r.inlineImageContentIds().get(0);
    assertThat(body)
        .contains("src='cid:" + cid0 + "'")
        .contains("src=\"cid:" + r.inlineImageContentIds().get(1) + "\"")
        .doesNotContain("data:image")
        .contains(
            "<t:FileAttachment><t:Name>image0.png</t:Name><t:ContentType>image/png</t:ContentType>"
                + "<t:ContentId>"
                + cid0
                + "</t:ContentId><t:IsInline>true</t:IsInline><t:Content>"
                + PNG
                + "</t:Content>")
        .contains("<t:Name>image1.jpg</t:Name>");
  }

  @Test
  void leavesDataUrlsAloneWhenConversionIsOff() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    SendResult r =
        mailbox()
            .sendMail(
                OutgoingMessage.builder()
                    .to("a@contoso.com")
                    .htmlBody("<img src=\"data:image/png;base64," + PNG + "\">")
                    .inlineDataImages(false)
                    .build());

    assertThat(r.inlineImageContentIds()).isEmpty();
    assertThat(ews.takeRequestBody()).contains("data:image/png").doesNotContain("FileAttachment");
  }

  @Test
  void refusesAnInlineImageThatIsNotBase64() {
    OutgoingMessage m =
        OutgoingMessage.builder()
            .to("a@contoso.com")
            .htmlBody("<img src=\"data:image/png;base64,not*base64\">")
            .build();

    assertThatThrownBy(() -> mailbox().sendMail(m))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Inline image 0");
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void sendsEachExtraHeaderAsItsOwnPropertyAndAllowsANameInEveryMessage() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");
    ews.respondWith("examples/CreateItem-sendmail-response.xml");
    OutgoingMessage.Builder b =
        OutgoingMessage.builder().to("a@contoso.com").headers("X-Incident-Id=INC-1,X-Tool=sdk");

    mailbox().sendMail(b.build());
    mailbox()
        .sendMail(
            OutgoingMessage.builder().to("b@contoso.com").header("X-Incident-Id", "INC-2").build());

    String first = ews.takeRequestBody();
    assertThat(first)
        .contains(
            "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"InternetHeaders\""
                + " PropertyName=\"X-Incident-Id\" PropertyType=\"String\"/>"
                + "<t:Value>INC-1</t:Value></t:ExtendedProperty>")
        .contains("PropertyName=\"X-Tool\"");
    assertThat(ews.takeRequestBody()).contains("PropertyName=\"X-Incident-Id\"").contains("INC-2");
  }

  @Test
  void refusesHeadersThatWouldBreakTheMessage() {
    assertThatThrownBy(() -> OutgoingMessage.builder().header("X-Bad:Name", "v"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OutgoingMessage.builder().header("X-Ok", "line\r\nBcc: evil@x"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("line breaks");
    assertThatThrownBy(() -> OutgoingMessage.builder().headers("novalue"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OutgoingMessage.builder().subject("a\nb"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> OutgoingMessage.builder().textBody("nul \u0000 here"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("U+0000");
  }

  @Test
  void sendsARawMimeMessageAsItIsToTheGivenRecipients() {
    ews.respondWith("examples/CreateItem-sendmail-response.xml");
    byte[] mime =
        "From: a@contoso.com\r\nSubject: raw\r\nX-Keep: 1\r\n\r\nbody\r\n"
            .getBytes(StandardCharsets.UTF_8);

    mailbox()
        .sendMail(
            OutgoingMessage.builder()
                .rawMime(mime)
                .to("x@contoso.com")
                .bcc("y@contoso.com")
                .build());

    String body = ews.takeRequestBody();
    assertThat(body)
        .contains("<t:MimeContent CharacterSet=\"UTF-8\">")
        .contains("<t:ToRecipients><t:Mailbox><t:EmailAddress>x@contoso.com")
        .contains("<t:BccRecipients>")
        .doesNotContain("<t:Subject>");
    assertThat(Base64.getDecoder().decode(contents(body).get(0))).isEqualTo(mime);
  }

  @Test
  void aRawMimeMessageCannotBeMixedWithContentFields() {
    assertThatThrownBy(
            () ->
                OutgoingMessage.builder()
                    .rawMime(new byte[] {1})
                    .subject("x")
                    .to("a@contoso.com")
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("sent as it is");
  }

  @Test
  void streamsAttachmentsFromBytesFilesAndStreamsInTheSameRequest() throws Exception {
    byte[] big = new byte[3 * 1024 * 1024 + 7];
    new Random(42).nextBytes(big);
    Path file = dir.resolve("big.bin");
    Files.write(file, big);
    ews.respondWith("recorded/CreateItemWithAttachmentResponse.xml");

    SendResult r =
        mailbox()
            .sendMail(
                OutgoingMessage.builder()
                    .to("a@contoso.com")
                    .attach(
                        OutgoingAttachment.of(
                            "a.txt", "some text".getBytes(StandardCharsets.UTF_8)))
                    .attach(OutgoingAttachment.of(file).withContentType("application/octet-stream"))
                    .attach(
                        OutgoingAttachment.of(
                            "s.csv",
                            new ByteArrayInputStream("x,y\n".getBytes(StandardCharsets.UTF_8))))
                    .build());

    assertThat(r.attachments()).isEqualTo(3);
    String body = ews.takeRequestBody();
    List<String> contents = contents(body);
    assertThat(contents.get(0)).isEqualTo("c29tZSB0ZXh0");
    assertThat(sha256(Base64.getDecoder().decode(contents.get(1)))).isEqualTo(sha256(big));
    assertThat(new String(Base64.getDecoder().decode(contents.get(2)), StandardCharsets.UTF_8))
        .isEqualTo("x,y\n");
    assertThat(body).contains("<t:Name>big.bin</t:Name>").contains("<t:Name>s.csv</t:Name>");
  }

  @Test
  void neverRetriesASendAnsweredWith503() {
    ews.respond(503, "");
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    assertThatThrownBy(
            () -> mailbox().sendMail(OutgoingMessage.builder().to("a@contoso.com").build()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(ews.requestCount()).isEqualTo(1);
    assertThat(ews.sleeps()).isEmpty();
  }

  @Test
  void aSendRefusedWith401IsNotSentAgainItsStreamWasReadOnce() {
    ews.respond(401, "");
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    assertThatThrownBy(
            () ->
                mailbox()
                    .sendMail(
                        OutgoingMessage.builder()
                            .to("a@contoso.com")
                            .attach(
                                OutgoingAttachment.of(
                                    "s.csv",
                                    new ByteArrayInputStream(
                                        "x,y\n".getBytes(StandardCharsets.UTF_8))))
                            .build()))
        .isInstanceOf(AuthenticationException.class);
    // A second attempt could not read the caller's stream again: the refusal reaches the caller.
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void neverRetriesASendWhoseConnectionDroppedAfterTheRequest() {
    ews.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    assertThatThrownBy(
            () -> mailbox().sendMail(OutgoingMessage.builder().to("a@contoso.com").build()))
        .isInstanceOf(TransportException.class)
        .satisfies(e -> assertThat(((ExchangeException) e).requestMayHaveReachedServer()).isTrue());
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void neverRetriesAServerBusyAnswerToASend() {
    ews.respond(
        response(
            "CreateItem",
            "<m:CreateItemResponseMessage ResponseClass=\"Error\"><m:MessageText>busy</m:MessageText>"
                + "<m:ResponseCode>ErrorServerBusy</m:ResponseCode></m:CreateItemResponseMessage>"));

    assertThatThrownBy(
            () -> mailbox().sendMail(OutgoingMessage.builder().to("a@contoso.com").build()))
        .isInstanceOf(dev.exchangesdk.core.ThrottledException.class);
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void retriesASendWhoseConnectionWasNeverMade() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (MockWebServer late = new MockWebServer()) {
      late.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "text/xml; charset=utf-8")
              .body(Fixtures.ews("examples/CreateItem-sendmail-response.xml"))
              .build());
      List<Duration> waits = new ArrayList<>();
      EwsClient client =
          EwsClient.builder()
              .credential(new CountingCredential())
              .endpoint(URI.create("http://127.0.0.1:" + port + "/EWS/Exchange.asmx"))
              .httpOptions(
                  HttpOptions.builder()
                      .retry(RetryOptions.builder().maxAttempts(3).build())
                      .sleeper(
                          d -> {
                            waits.add(d);
                            startOnce(late, port);
                          })
                      .build())
              .build();

      SendResult r =
          client
              .mailbox(EwsServer.MAILBOX)
              .sendMail(
                  OutgoingMessage.builder()
                      .to("a@contoso.com")
                      .attach(
                          OutgoingAttachment.of(
                              "once.txt",
                              new ByteArrayInputStream("once".getBytes(StandardCharsets.UTF_8))))
                      .build());

      assertThat(r.path()).isEqualTo(SendResult.Path.SINGLE_REQUEST);
      assertThat(waits).hasSize(1);
      RecordedRequest sent = late.takeRequest(5, TimeUnit.SECONDS);
      byte[] body = sent.getBody().toByteArray();
      EwsSchema.validateRequest(body);
      assertThat(contents(new String(body, StandardCharsets.UTF_8))).containsExactly("b25jZQ==");
    }
  }

  private static void startOnce(MockWebServer server, int port) {
    if (!server.getStarted()) {
      try {
        server.start(InetAddress.getLoopbackAddress(), port);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void olderServersGetADraftItsAttachmentsThenSendItem() {
    ews.respond(
        response(
            "CreateItem",
            success(
                "CreateItem",
                "<m:Items><t:Message><t:ItemId Id=\"DRAFT\" ChangeKey=\"c1\"/></t:Message></m:Items>")));
    ews.respond(
        response(
            "CreateAttachment",
            success(
                "CreateAttachment",
                "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"A1\" RootItemId=\"DRAFT\""
                    + " RootItemChangeKey=\"c2\"/></t:FileAttachment></m:Attachments>")));
    ews.respondWith("recorded/SendItemRequestResponse.xml");
    Mailbox old =
        ews.clientBuilder()
            .serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP2)
            .build()
            .mailbox(EwsServer.MAILBOX);

    SendResult r =
        old.sendMail(
            OutgoingMessage.builder()
                .to("a@contoso.com")
                .subject("s")
                .attach(OutgoingAttachment.of("a.txt", new byte[] {1}))
                .build());

    assertThat(r.path()).isEqualTo(SendResult.Path.DRAFT_THEN_SEND);
    assertThat(ews.takeRequestBody())
        .contains("MessageDisposition=\"SaveOnly\"")
        .contains("<t:DistinguishedFolderId Id=\"drafts\"/>")
        .doesNotContain("FileAttachment");
    assertThat(ews.takeRequestBody())
        .contains("<m:CreateAttachment><m:ParentItemId Id=\"DRAFT\"/>")
        .contains("<t:Name>a.txt</t:Name>");
    assertThat(ews.takeRequestBody())
        .contains("<m:SendItem SaveItemToFolder=\"true\">")
        .contains("<t:ItemId Id=\"DRAFT\"/>")
        .contains("<t:DistinguishedFolderId Id=\"sentitems\"/>");
  }

  @Test
  void deletesTheDraftWhenSendingItFails() {
    ews.respond(
        response(
            "CreateItem",
            success(
                "CreateItem",
                "<m:Items><t:Message><t:ItemId Id=\"DRAFT\"/></t:Message></m:Items>")));
    ews.respond(
        response("CreateAttachment", error("CreateAttachment", "ErrorQuotaExceeded", "full")));
    ews.respond(response("DeleteItem", success("DeleteItem", "")));
    Mailbox old =
        ews.clientBuilder()
            .serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP1)
            .build()
            .mailbox(EwsServer.MAILBOX);

    assertThatThrownBy(
            () ->
                old.sendMail(
                    OutgoingMessage.builder()
                        .to("a@contoso.com")
                        .attach(OutgoingAttachment.of("a.txt", new byte[] {1}))
                        .build()))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("full");
    ews.takeRequest();
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("DeleteType=\"HardDelete\"")
        .contains("<t:ItemId Id=\"DRAFT\"/>");
  }

  private static String sha256(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
