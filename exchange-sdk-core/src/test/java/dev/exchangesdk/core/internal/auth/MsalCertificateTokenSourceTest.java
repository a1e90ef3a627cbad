package dev.exchangesdk.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.ExchangeEnvironment;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MSAL settings that loopback tests cannot observe: MSAL's own cache never hits for an
 * authority with a port (it keys the cache by host alone), and real clouds are never contacted.
 */
class MsalCertificateTokenSourceTest {

  @Test
  void tokenRequestsSkipMsalsCacheSoTheSdkDecidesWhenToRefresh() {
    assertThat(
            MsalCertificateTokenSource.parameters(List.of("https://outlook.office365.com/.default"))
                .skipCache())
        .isTrue();
  }

  @Test
  void microsoftCloudsKeepInstanceDiscoveryAndAuthorityValidation() {
    for (ExchangeEnvironment cloud :
        List.of(
            ExchangeEnvironment.WORLDWIDE,
            ExchangeEnvironment.GCC,
            ExchangeEnvironment.GCC_HIGH,
            ExchangeEnvironment.DOD,
            ExchangeEnvironment.CHINA)) {
      assertThat(MsalCertificateTokenSource.isMicrosoftHost(cloud)).as(cloud.name()).isTrue();
    }
  }

  @Test
  void otherAuthorityHostsAreNotCheckedAgainstTheInternet() {
    ExchangeEnvironment loopback =
        ExchangeEnvironment.WORLDWIDE.toBuilder()
            .authorityHost(URI.create("https://localhost:8443"))
            .build();
    ExchangeEnvironment lookalike =
        ExchangeEnvironment.WORLDWIDE.toBuilder()
            .authorityHost(URI.create("https://login.microsoftonline.com.evil.example"))
            .build();

    assertThat(MsalCertificateTokenSource.isMicrosoftHost(loopback)).isFalse();
    assertThat(MsalCertificateTokenSource.isMicrosoftHost(lookalike)).isFalse();
  }
}
