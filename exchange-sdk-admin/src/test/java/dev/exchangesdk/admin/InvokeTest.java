package dev.exchangesdk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvokeTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void runsAnyCmdletWithTheTransportsEncodingAndReturnsATree() {
    t.enqueue(
        "{\"@adminapi.warnings\":[\"Careful.\"],\"value\":[{\"Name\":\"x\",\"Size@odata.type\":"
            + "\"#Int64\",\"Size\":9223372036854775808,\"Tags\":[\"a\"],\"Nested\":{\"On\":true},"
            + "\"RunspaceId\":\"r\"}]}");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("Identity", "Sales");
    parameters.put("ManagedBy", null);
    parameters.put("Members", Map.of("Add", List.of("ann@contoso.com")));
    parameters.put("RetainFor", Duration.ofDays(30));

    CmdletResult result = t.client.invoke("Set-DistributionGroup", parameters);

    assertThat(t.nextParameters("Set-DistributionGroup"))
        .isEqualTo(
            "{\"Identity\":\"Sales\",\"ManagedBy\":null,\"Members\":"
                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"ann@contoso.com\"]},"
                + "\"RetainFor\":\"30.00:00:00\",\"Confirm\":false}");
    assertThat(result.objects())
        .containsExactly(
            Map.of(
                "Name",
                "x",
                "Size",
                new BigInteger("9223372036854775808"),
                "Tags",
                List.of("a"),
                "Nested",
                Map.of("On", true)));
    assertThat(result.warnings())
        .containsExactly(new CmdletWarning("Set-DistributionGroup", "Careful."));
    assertThat(t.warnings).containsExactly(new CmdletWarning("Set-DistributionGroup", "Careful."));
  }

  @Test
  void refusesANameThatIsNotACmdlet() {
    assertThatThrownBy(() -> t.client.invoke("Get-Mailbox; Remove-Mailbox", Map.of()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void reportsWarningsOfReadsThroughTheListener() {
    t.enqueue(
        "{\"@adminapi.warnings\":[\"By default, only the first 1000 items are returned.\"],"
            + "\"value\":[{\"Identity\":\"Default\"}]}");

    t.client.organization().remoteDomains(null);

    assertThat(t.warnings)
        .extracting(CmdletWarning::cmdlet, CmdletWarning::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Get-RemoteDomain", "By default, only the first 1000 items are returned."));
  }
}
