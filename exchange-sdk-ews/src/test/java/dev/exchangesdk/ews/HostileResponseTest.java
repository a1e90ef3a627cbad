package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Responses no Exchange server sends but an attacker, a proxy or a broken server might: each is
 * refused with {@link ResponseFormatException}, quickly and without reading it whole.
 */
class HostileResponseTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final FolderRef INBOX = FolderRef.wellKnown(WellKnownFolder.INBOX);

  private void assertRefused(String messagePart) {
    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining(messagePart);
    assertThat(ews.requestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void refusesAnExternalEntity() {
    ews.respond(
        "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + Fixtures.ews("examples/GetFolder-response.xml")
                .replace("<t:DisplayName>Inbox", "<t:DisplayName>&xxe;"));

    assertRefused("DTD");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    dtd.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    ews.respond(
        dtd
            + Fixtures.ews("examples/GetFolder-response.xml")
                .replaceFirst("<\\?xml[^>]*>", "")
                .replace("<t:DisplayName>Inbox", "<t:DisplayName>&lol9;"));

    assertRefused("DTD");
  }

  @Test
  void refusesADoctypeEvenWithoutEntities() {
    ews.respond(
        "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope>"
            + Fixtures.ews("examples/GetFolder-response.xml").replaceFirst("<\\?xml[^>]*>", ""));

    assertRefused("DTD");
  }

  @Test
  void refusesATruncatedBody() {
    String full = Fixtures.ews("examples/GetFolder-response.xml");
    ews.respond(full.substring(0, full.indexOf("<t:TotalCount>")));

    assertRefused("malformed XML");
  }

  @Test
  void refusesAnHtmlPageServedAsSuccess() {
    ews.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .body("<html><body>Sign in to your account</body></html>")
            .build());

    assertRefused("text/html");
  }

  @Test
  void refusesAnHtmlErrorPage() {
    ews.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "text/html")
            .body("<html><body><h1>Server Error in '/EWS' Application.</h1></body></html>")
            .build());

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("Server Error in '/EWS' Application.")
        .extracting(e -> ((ExchangeException) e).statusCode())
        .isEqualTo(500);
  }

  @Test
  void refusesAResponseWithoutContentType() {
    ews.enqueue(new MockResponse.Builder().code(200).body("plain words").build());

    assertRefused("instead of XML");
  }

  @Test
  void refusesXmlThatIsNotASoapEnvelope() {
    ews.respond("<?xml version=\"1.0\"?><html><body>Hello</body></html>");

    assertRefused("not a SOAP envelope");
  }

  @Test
  void refusesMalformedXmlFromTheServer() {
    ews.respond(500, Fixtures.ews("exchangelib/test_services__test_soap_error__L246.xml"));

    assertThatThrownBy(() -> ews.client().mailbox(EwsServer.MAILBOX).getFolder(INBOX))
        .isInstanceOf(ResponseFormatException.class);
  }

  /**
   * A 400-million-character display name: read whole it would need 800 MB (more than the test JVM
   * has); the reader gives up after its text limit instead, having read a fraction of it.
   */
  @Test
  void refusesAHugeTextNodeWithBoundedMemory() {
    String xml = Fixtures.ews("examples/GetFolder-response.xml");
    int cut = xml.indexOf("Inbox</t:DisplayName>");
    byte[] head = xml.substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] tail = xml.substring(cut).getBytes(StandardCharsets.UTF_8);
    long filler = 400_000_000L;
    ews.respondStreaming(
        "text/xml; charset=utf-8",
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return head.length + filler + tail.length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.write(head);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'A');
            for (long left = filler; left > 0; left -= chunk.length) {
              sink.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            sink.write(tail);
          }
        });

    assertRefused("longer than");
  }
}
