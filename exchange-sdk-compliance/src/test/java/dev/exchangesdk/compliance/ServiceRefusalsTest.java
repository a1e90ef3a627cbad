package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.exchangesdk.compliance.ComplianceOperationNotAllowedException.Reason;
import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.StaticTokenCredential;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ServiceRefusalsTest extends ClientTestSupport {

  @Test
  void turnsTheSearchOnlySessionRefusalIntoUnsupportedAuthMode() {
    cmdlets.on("New-ComplianceSearch", error(400, "error-search-only-session.json"));

    assertThatThrownBy(() -> client.createSearch(NewSearchRequest.forQuery("subject:x")))
        .asInstanceOf(type(UnsupportedAuthModeException.class))
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SEARCH_ONLY_SESSION_REQUIRED);
              assertThat(e.cmdlet()).isEqualTo("New-ComplianceSearch");
              assertThat(e.getMessage())
                  .contains("search-only session")
                  .contains("purgeData")
                  .contains("eDiscovery.ReadWrite.All")
                  .contains("Please close the current PowerShell session");
              assertThat(e.serverMessage()).contains("-EnableSearchOnlySession");
              assertThat(e.alternative()).contains("/security/cases/ediscoveryCases/");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).startsWith("req-");
              assertThat(e.isRetryable()).isFalse();
            });
  }

  @Test
  void turnsAnExplicitAppOnlyRefusalIntoUnsupportedAuthMode() {
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", error(403, "error-app-only-not-supported.json"));

    assertThatThrownBy(() -> client.purge("s1"))
        .asInstanceOf(type(UnsupportedAuthModeException.class))
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.APP_ONLY_NOT_SUPPORTED);
              assertThat(e.getMessage())
                  .contains("app-only")
                  .contains("Microsoft Graph eDiscovery")
                  .contains("not supported with app-only authentication");
            });
  }

  @Test
  void explainsAnRbacRefusalOfAnAppOnlyTokenAsTheAppOnlyRestriction() {
    ComplianceClient appOnly = clientWith(new StaticTokenCredential(APP_ONLY_TOKEN));
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", error(401, "error-not-allowed-to-call.json"));

    assertThatThrownBy(() -> appOnly.purge("s1"))
        .asInstanceOf(type(UnsupportedAuthModeException.class))
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.APP_ONLY_NOT_SUPPORTED);
              assertThat(e.getMessage())
                  .contains("User is not allowed to call New-ComplianceSearchAction")
                  .contains("Search And Purge");
            });
  }

  @Test
  void namesTheMissingRoleWhenADelegatedCallerMayNotRunTheCmdlet() {
    ComplianceClient delegated = clientWith(new StaticTokenCredential(DELEGATED_TOKEN));
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", error(400, "error-cmdlet-not-recognized.json"));

    assertThatThrownBy(() -> delegated.purge("s1"))
        .asInstanceOf(type(AccessDeniedException.class))
        .satisfies(
            e -> {
              assertThat(e).isNotInstanceOf(ComplianceOperationNotAllowedException.class);
              assertThat(e.missingPermission()).contains("Compliance Search");
              assertThat(e.getMessage()).contains("is not recognized");
            });
  }

  @Test
  void namesSearchAndPurgeWhenThePurgeParameterIsHidden() {
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", error(400, "error-purge-parameter-not-found.json"));

    assertThatThrownBy(() -> client.purge("s1"))
        .asInstanceOf(type(AccessDeniedException.class))
        .satisfies(e -> assertThat(e.missingPermission()).contains("Search And Purge"));
  }

  @Test
  void turnsAPreviewRefusalIntoOnPremisesOnly() {
    cmdlets.on("New-ComplianceSearchAction", error(400, "error-preview-on-premises-only.json"));

    assertThatThrownBy(() -> client.preview("s1"))
        .asInstanceOf(type(ComplianceOperationNotAllowedException.class))
        .satisfies(
            e -> {
              assertThat(e).isNotInstanceOf(UnsupportedAuthModeException.class);
              assertThat(e.reason()).isEqualTo(Reason.ON_PREMISES_ONLY);
              assertThat(e.getMessage())
                  .contains("-Preview")
                  .contains("on-premises")
                  .contains("successResults()");
            });
  }

  @Test
  @SuppressWarnings("deprecation")
  void turnsAnExportWhoseParameterNoLongerExistsIntoOnPremisesOnly() {
    cmdlets.on("New-ComplianceSearchAction", error(400, "error-export-parameter-not-found.json"));

    assertThatThrownBy(() -> client.export("s1", ExportRequest.builder().build()))
        .asInstanceOf(type(ComplianceOperationNotAllowedException.class))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.ON_PREMISES_ONLY));
  }

  @Test
  void turnsThePurgeLimitRefusalIntoItsReason() {
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", error(400, "error-purge-limit.json"));

    assertThatThrownBy(() -> client.purge("s1"))
        .asInstanceOf(type(ComplianceOperationNotAllowedException.class))
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.PURGE_ITEM_LIMIT);
              assertThat(e.getMessage())
                  .contains("at most 10 items per mailbox")
                  .contains("purgeData");
            });
  }

  @Test
  void namesTheComplianceRoleForABare403() {
    cmdlets.on(
        "Get-ComplianceCase", new MockResponse.Builder().code(403).body("\u0000\u0000").build());

    assertThatThrownBy(() -> client.listCases())
        .asInstanceOf(type(AccessDeniedException.class))
        .satisfies(
            e -> {
              assertThat(e.missingPermission()).contains("Case Management");
              assertThat(e.statusCode()).isEqualTo(403);
            });
  }

  @Test
  void leavesOtherErrorsAlone() {
    cmdlets.on("Set-ComplianceSearch", error(400, "error-400-ambiguous-parameter-set.json"));

    assertThatThrownBy(
            () -> client.updateSearch("s1", SearchUpdate.builder().description("d").build()))
        .isExactlyInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("BogusParameter");
  }
}
