package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.Http.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MSAL4J itself, as the SDK's certificate credential uses it, gets tokens from the fake: an https
 * authority on loopback, a client assertion with x5t#S256 and x5c, the fake's CA trusted.
 */
class MsalInteropTest {
  private static final String CLIENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static FakeExchange fake;
  private static KeyPair keys;
  private static X509Certificate cert;

  @BeforeAll
  static void start() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    keys = gen.generateKeyPair();
    cert = TokenEndpointTest.selfSigned(keys, "CN=msal-interop");
    fake = FakeExchange.start();
    fake.createMailbox("soc@contoso.com", "SOC");
    fake.registerApplication(CLIENT_ID, cert);
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static ConfidentialClientApplication app(String clientId) throws Exception {
    return ConfidentialClientApplication.builder(
            clientId, ClientCredentialFactory.createFromCertificate(keys.getPrivate(), cert))
        .authority(fake.authority().toString())
        .instanceDiscovery(
            false) // MSAL would otherwise ask login.microsoftonline.com about this host
        .sslSocketFactory(fake.sslContext().getSocketFactory())
        .build();
  }

  @Test
  void msalAcquiresATokenThatEwsAccepts() throws Exception {
    IAuthenticationResult result =
        app(CLIENT_ID)
            .acquireToken(
                ClientCredentialParameters.builder(Set.of(FakeExchange.EXCHANGE_SCOPE)).build())
            .get();
    assertThat(result.accessToken()).isNotBlank();
    assertThat(result.expiresOnDate()).isInTheFuture();
    Http.Answer a =
        Http.ews(
            Http.client(fake),
            fake,
            result.accessToken(),
            envelope(
                "soc@contoso.com",
                "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
    assertThat(a.code()).isEqualTo(200);
    assertThat(fake.requests())
        .filteredOn(r -> r.endpoint() == Endpoint.TOKEN)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body()).contains("client_assertion=<redacted>").doesNotContain("eyJ"));
  }

  @Test
  void msalSurfacesTheFakesAadstsErrors() {
    assertThatThrownBy(
            () ->
                app("99999999-9999-4999-8999-999999999999")
                    .acquireToken(
                        ClientCredentialParameters.builder(Set.of(FakeExchange.EXCHANGE_SCOPE))
                            .build())
                    .get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(MsalServiceException.class)
        .hasMessageContaining("AADSTS700016");
  }
}
