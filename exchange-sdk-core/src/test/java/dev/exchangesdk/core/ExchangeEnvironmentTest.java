package dev.exchangesdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ExchangeEnvironmentTest {

  @Test
  void worldwideHasTheDocumentedEndpointsAndScopes() {
    ExchangeEnvironment ww = ExchangeEnvironment.WORLDWIDE;

    assertThat(ww.tokenEndpoint("contoso.onmicrosoft.com"))
        .hasToString("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    assertThat(ww.ewsUrl()).hasToString("https://outlook.office365.com/EWS/Exchange.asmx");
    assertThat(ww.adminBaseUrl()).hasToString("https://outlook.office365.com");
    assertThat(ww.exchangeScopes()).containsExactly("https://outlook.office365.com/.default");
    assertThat(ww.complianceScope())
        .isEqualTo("https://ps.compliance.protection.outlook.com/.default");
  }

  @Test
  void sovereignCloudsUseTheirOwnHosts() {
    assertThat(ExchangeEnvironment.GCC_HIGH.authorityHost())
        .hasToString("https://login.microsoftonline.us");
    assertThat(ExchangeEnvironment.GCC_HIGH.ewsUrl())
        .hasToString("https://outlook.office365.us/EWS/Exchange.asmx");
    assertThat(ExchangeEnvironment.DOD.exchangeScope())
        .isEqualTo("https://outlook-dod.office365.us/.default");
    assertThat(ExchangeEnvironment.DOD.complianceBaseUrl())
        .hasToString("https://l5.ps.compliance.protection.office365.us");
    assertThat(ExchangeEnvironment.CHINA.authorityHost())
        .hasToString("https://login.chinacloudapi.cn");
    assertThat(ExchangeEnvironment.CHINA.adminBaseUrl()).hasToString("https://partner.outlook.cn");
    assertThat(ExchangeEnvironment.GCC.ewsUrl()).isEqualTo(ExchangeEnvironment.WORLDWIDE.ewsUrl());
  }

  @Test
  void anyValueCanBeOverriddenForOnPremisesOrTests() {
    ExchangeEnvironment onPrem =
        ExchangeEnvironment.WORLDWIDE.toBuilder()
            .name("Contoso on-premises")
            .ewsUrl(URI.create("https://mail.contoso.local/EWS/Exchange.asmx"))
            .build();

    assertThat(onPrem.ewsUrl()).hasToString("https://mail.contoso.local/EWS/Exchange.asmx");
    assertThat(onPrem.authorityHost()).isEqualTo(ExchangeEnvironment.WORLDWIDE.authorityHost());
    assertThat(onPrem).isNotEqualTo(ExchangeEnvironment.WORLDWIDE);
  }

  @Test
  void trailingSlashesAreNormalised() {
    ExchangeEnvironment env =
        ExchangeEnvironment.WORLDWIDE.toBuilder()
            .authorityHost(URI.create("https://127.0.0.1:8443/"))
            .build();

    assertThat(env.tokenEndpoint("t")).hasToString("https://127.0.0.1:8443/t/oauth2/v2.0/token");
  }
}
