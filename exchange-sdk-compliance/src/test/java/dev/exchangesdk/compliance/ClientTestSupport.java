package dev.exchangesdk.compliance;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.TokenCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** A client on a MockWebServer answering by cmdlet name, with fake time. */
abstract class ClientTestSupport {
  static final String TENANT = "contoso.onmicrosoft.com";

  @StartStop final MockWebServer server = new MockWebServer();
  final CmdletDispatcher cmdlets = new CmdletDispatcher();
  final FakeTime time = new FakeTime();
  ComplianceClient client;

  @BeforeEach
  void startClient() {
    server.setDispatcher(cmdlets);
    client = clientWith(new StaticTokenCredential("test-token"));
  }

  ComplianceClient clientWith(TokenCredential credential) {
    return ComplianceClient.builder()
        .credential(credential)
        .tenant(TENANT)
        .httpOptions(httpOptions())
        .regionalHost(server.url("/").uri())
        .build();
  }

  HttpOptions httpOptions() {
    return HttpOptions.builder()
        .clock(time)
        .sleeper(time)
        .retry(RetryOptions.builder().maxAttempts(3).build())
        .build();
  }

  /**
   * An unsigned JWT with the given claims JSON (the service verifies tokens, the SDK only reads).
   */
  static String jwt(String claimsJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  static final String APP_ONLY_TOKEN =
      jwt(
          "{\"aud\":\"https://ps.compliance.protection.outlook.com\",\"idtyp\":\"app\","
              + "\"roles\":[\"Exchange.ManageAsApp\"],\"tid\":\"t\"}");
  static final String DELEGATED_TOKEN =
      jwt(
          "{\"aud\":\"https://ps.compliance.protection.outlook.com\",\"scp\":\"Exchange.Manage\","
              + "\"upn\":\"admin@contoso.com\"}");
}
