package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static dev.exchangesdk.compliance.CmdletDispatcher.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.compliance.model.CaseHoldPolicy;
import dev.exchangesdk.compliance.model.CaseHoldRule;
import dev.exchangesdk.compliance.model.CaseType;
import dev.exchangesdk.compliance.model.ComplianceCase;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class CaseAndHoldOperationsTest extends ClientTestSupport {

  @Test
  void createsACaseOfTheCmdletsExtraTypes() {
    cmdlets.on("New-ComplianceCase", json("new-compliancecase.json"));

    ComplianceCase created =
        client.createCase(
            NewCaseRequest.builder("Contoso Legal")
                .caseType(CaseType.INTERNAL_INVESTIGATION)
                .description("Litigation 2026-14")
                .externalId("LIT-2026-14")
                .build());

    assertThat(created.name()).isEqualTo("Contoso Legal");
    assertThat(cmdlets.body("New-ComplianceCase"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceCase\",\"Parameters\":{"
                + "\"Name\":\"Contoso Legal\",\"CaseType\":\"InternalInvestigation\","
                + "\"Description\":\"Litigation 2026-14\",\"ExternalId\":\"LIT-2026-14\","
                + "\"Confirm\":false}}}");
  }

  @Test
  void createsAnEdiscoveryCaseByDefault() {
    cmdlets.on("New-ComplianceCase", json("new-compliancecase.json"));

    client.createCase("Contoso Legal");

    assertThat(cmdlets.body("New-ComplianceCase")).contains("\"CaseType\":\"eDiscovery\"");
  }

  @Test
  void readsCases() {
    cmdlets.on("Get-ComplianceCase", json("get-compliancecase.json"));

    List<ComplianceCase> cases = client.listCases();

    assertThat(cases).hasSize(2);
    ComplianceCase first = cases.get(0);
    assertThat(first.guid()).isEqualTo("9c8b7a6d-7777-4a5b-9a63-2d7e1c1e0a17");
    assertThat(first.caseType()).contains(CaseType.EDISCOVERY);
    assertThat(first.status()).isEqualTo("Active");
    assertThat(first.externalId()).isEqualTo("LIT-2026-14");
    assertThat(first.createdDateTime()).contains(Instant.parse("2026-08-01T09:00:00Z"));
    assertThat(cases.get(1).caseType()).contains(CaseType.INSIDER_RISK);
    assertThat(cases.get(1).description()).isEmpty();
  }

  @Test
  void listsNoCasesAsAnEmptyList() {
    cmdlets.on("Get-ComplianceCase", json("empty.json"));

    assertThat(client.listCases()).isEmpty();
    assertThat(client.listCases(CaseType.DSR, CaseType.of("SomeFutureType"))).isEmpty();
  }

  @Test
  void limitsCasesOnTheClientStoppingBeforeTheNextType() {
    cmdlets.on("Get-ComplianceCase", json("get-compliancecase.json"));

    List<ComplianceCase> three = client.listCases(3, CaseType.EDISCOVERY, CaseType.INSIDER_RISK);
    List<ComplianceCase> two = client.listCases(2, CaseType.EDISCOVERY, CaseType.INSIDER_RISK);
    List<ComplianceCase> one = client.listCases(1);

    assertThat(three).hasSize(3);
    assertThat(two).hasSize(2);
    assertThat(one).extracting(ComplianceCase::name).containsExactly(three.get(0).name());
    // Get-ComplianceCase has no -ResultSize: the limit is never sent; 2 cases need no second type.
    assertThat(cmdlets.requests("Get-ComplianceCase"))
        .extracting(r -> r.getBody().utf8())
        .containsExactly(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{\"CaseType\":\"eDiscovery\"}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{\"CaseType\":\"InsiderRisk\"}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{\"CaseType\":\"eDiscovery\"}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{}}}");
  }

  @Test
  void listsCasesOfSeveralTypesWithOneCallPerType() {
    cmdlets.on("Get-ComplianceCase", json("get-compliancecase.json"));

    assertThat(client.listCases(CaseType.EDISCOVERY, CaseType.INSIDER_RISK)).hasSize(4);

    assertThat(cmdlets.requests("Get-ComplianceCase"))
        .extracting(r -> r.getBody().utf8())
        .containsExactly(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{\"CaseType\":\"eDiscovery\"}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{\"CaseType\":\"InsiderRisk\"}}}");
  }

  @Test
  void getsACaseByIdentityOrEmptyWhenMissing() {
    cmdlets.on(
        "Get-ComplianceCase",
        json("new-compliancecase.json"),
        error(404, "error-404-object-not-found.json"));

    assertThat(client.getCase("Contoso Legal")).map(ComplianceCase::name).contains("Contoso Legal");
    assertThat(client.getCase("nope")).isEmpty();
    assertThat(cmdlets.requests("Get-ComplianceCase").get(0).getBody().utf8())
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceCase\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal\"}}}");
  }

  @Test
  void deletesACase() {
    cmdlets.on("Remove-ComplianceCase", json("empty.json"));

    client.deleteCase("Contoso Legal");

    assertThat(cmdlets.body("Remove-ComplianceCase"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-ComplianceCase\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal\",\"Confirm\":false}}}");
  }

  @Test
  void createsAHoldPolicyWithOnlyTheGivenInputs() {
    cmdlets.on("New-CaseHoldPolicy", json("get-caseholdpolicy.json"));

    CaseHoldPolicy policy =
        client.createHoldPolicy(
            NewHoldPolicyRequest.builder("Contoso Legal hold", "Contoso Legal")
                .exchangeLocations(List.of("jane@contoso.com", "joe@contoso.com"))
                .comment("hold for LIT-2026-14")
                .build());

    assertThat(policy.enabled()).isTrue();
    assertThat(cmdlets.body("New-CaseHoldPolicy"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Name\":\"Contoso Legal hold\",\"Case\":\"Contoso Legal\","
                + "\"ExchangeLocation\":[\"jane@contoso.com\",\"joe@contoso.com\"],"
                + "\"Comment\":\"hold for LIT-2026-14\",\"Confirm\":false}}}");
  }

  @Test
  void readsAHoldPolicyByIdentityWithDetails() {
    cmdlets.on("Get-CaseHoldPolicy", json("get-caseholdpolicy.json"));

    CaseHoldPolicy p = client.getHoldPolicy("Contoso Legal hold").orElseThrow();

    assertThat(p.guid()).isEqualTo("a1b2c3d4-9999-4a5b-9a63-2d7e1c1e0a19");
    assertThat(p.workload()).isEqualTo("Exchange, SharePoint");
    assertThat(p.mode()).isEqualTo("Enforce");
    assertThat(p.status()).isEqualTo("Success");
    assertThat(p.sharePointLocations())
        .containsExactly("https://contoso.sharepoint.com/sites/Legal Team");
    assertThat(cmdlets.body("Get-CaseHoldPolicy"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal hold\",\"DistributionDetail\":true,"
                + "\"IncludeBindings\":true}}}");
  }

  @Test
  void readsAHoldPolicyWithoutDistributionDetailOrBindingsWhenAsked() {
    cmdlets.on("Get-CaseHoldPolicy", json("get-caseholdpolicy.json"));

    client.getHoldPolicy("Contoso Legal hold", false, true);
    client.listHoldPolicies("Contoso Legal", true, false);
    client.getHoldPolicy("Contoso Legal hold", false, false);

    assertThat(cmdlets.requests("Get-CaseHoldPolicy"))
        .extracting(r -> r.getBody().utf8())
        .containsExactly(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal hold\",\"IncludeBindings\":true}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Case\":\"Contoso Legal\",\"DistributionDetail\":true}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal hold\"}}}");
  }

  @Test
  void readsTheHoldPoliciesOfACase() {
    cmdlets.on("Get-CaseHoldPolicy", json("get-caseholdpolicy.json"));

    assertThat(client.listHoldPolicies("Contoso Legal")).hasSize(1);
    assertThat(cmdlets.body("Get-CaseHoldPolicy")).contains("\"Case\":\"Contoso Legal\"");
  }

  @Test
  void reportsAMissingHoldPolicyAsEmpty() {
    cmdlets.on("Get-CaseHoldPolicy", error(404, "error-404-object-not-found.json"));

    assertThat(client.getHoldPolicy("nope")).isEmpty();
  }

  @Test
  void editsHoldPolicyLocationsWithoutReEnablingIt() {
    cmdlets.on("Set-CaseHoldPolicy", json("empty.json"));

    client.updateHoldPolicy(
        "Contoso Legal hold",
        HoldPolicyUpdate.builder()
            .addExchangeLocations(List.of("amy@contoso.com"))
            .removeSharePointLocations(List.of("https://contoso.sharepoint.com/sites/Old"))
            .addPublicFolderLocations(List.of("\\Legal"))
            .build());

    assertThat(cmdlets.body("Set-CaseHoldPolicy"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Set-CaseHoldPolicy\",\"Parameters\":{"
                + "\"Identity\":\"Contoso Legal hold\","
                + "\"AddExchangeLocation\":[\"amy@contoso.com\"],"
                + "\"RemoveSharePointLocation\":[\"https://contoso.sharepoint.com/sites/Old\"],"
                + "\"AddPublicFolderLocation\":[\"\\\\Legal\"],\"Confirm\":false}}}")
        .doesNotContain("Enabled");
  }

  @Test
  void sendsEnabledOnlyWhenSet() {
    cmdlets.on("Set-CaseHoldPolicy", json("empty.json"));

    client.updateHoldPolicy("p", HoldPolicyUpdate.builder().enabled(false).build());

    assertThat(cmdlets.body("Set-CaseHoldPolicy")).contains("\"Enabled\":false");
  }

  @Test
  void deletesHoldPoliciesWithAndWithoutForce() {
    cmdlets.on("Remove-CaseHoldPolicy", json("empty.json"));

    client.deleteHoldPolicy("p1", false);
    client.deleteHoldPolicy("p2", true);

    assertThat(cmdlets.requests("Remove-CaseHoldPolicy"))
        .extracting(r -> r.getBody().utf8())
        .containsExactly(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-CaseHoldPolicy\",\"Parameters\":{\"Identity\":\"p1\",\"Confirm\":false}}}",
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-CaseHoldPolicy\",\"Parameters\":{\"Identity\":\"p2\",\"ForceDeletion\":true,\"Confirm\":false}}}");
  }

  @Test
  void createsAHoldRuleWithAQuery() {
    cmdlets.on("New-CaseHoldRule", json("get-caseholdrule.json"));

    CaseHoldRule rule =
        client.createHoldRule(
            NewHoldRuleRequest.builder("Invoices 2026", "Contoso Legal hold")
                .contentMatchQuery("subject:invoice AND received>=2026-01-01")
                .disabled(false)
                .build());

    assertThat(rule.enabled()).isTrue();
    assertThat(rule.status()).isEqualTo("Pending");
    assertThat(cmdlets.body("New-CaseHoldRule"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-CaseHoldRule\",\"Parameters\":{"
                + "\"Name\":\"Invoices 2026\",\"Policy\":\"Contoso Legal hold\","
                + "\"ContentMatchQuery\":\"subject:invoice AND received>=2026-01-01\","
                + "\"Disabled\":false,\"Confirm\":false}}}");
  }

  @Test
  void listsHoldRulesOfAPolicyAndNoneAsEmpty() {
    cmdlets.on("Get-CaseHoldRule", json("get-caseholdrule.json"), json("empty.json"));

    assertThat(client.listHoldRules("Contoso Legal hold"))
        .extracting(CaseHoldRule::contentMatchQuery)
        .containsExactly("subject:invoice AND received>=2026-01-01");
    assertThat(client.listHoldRules()).isEmpty();
    assertThat(cmdlets.requests("Get-CaseHoldRule").get(0).getBody().utf8())
        .contains("\"Policy\":\"Contoso Legal hold\"");
  }

  @Test
  void getsAHoldRuleByIdentity() {
    cmdlets.on("Get-CaseHoldRule", json("get-caseholdrule.json"));

    CaseHoldRule rule = client.getHoldRule("Invoices 2026").orElseThrow();

    assertThat(rule.policy()).isEqualTo("a1b2c3d4-9999-4a5b-9a63-2d7e1c1e0a19");
    assertThat(rule.mode()).isEqualTo("Enforce");
    assertThat(cmdlets.body("Get-CaseHoldRule"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldRule\",\"Parameters\":{"
                + "\"Identity\":\"Invoices 2026\"}}}");
  }

  @Test
  void deletesAHoldRuleWithoutForceUnlessAsked() {
    cmdlets.on("Remove-CaseHoldRule", json("empty.json"));

    client.deleteHoldRule("Invoices 2026", false);

    assertThat(cmdlets.body("Remove-CaseHoldRule"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-CaseHoldRule\",\"Parameters\":{"
                + "\"Identity\":\"Invoices 2026\",\"Confirm\":false}}}");
  }

  @Test
  void limitsHoldRulesOnTheClientReadingNoFurtherPage() {
    String link =
        server.url("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=2").toString();
    String firstPage =
        resource("get-caseholdrule.json")
            .replace("\"value\":[", "\"@odata.nextLink\":\"" + link + "\",\"value\":[");
    cmdlets.on("Get-CaseHoldRule", json(200, firstPage), json(200, firstPage), json("empty.json"));

    List<CaseHoldRule> one = client.listHoldRules(null, 1);
    List<CaseHoldRule> all = client.listHoldRules("Contoso Legal hold", 0);

    assertThat(one).extracting(CaseHoldRule::name).containsExactly("Invoices 2026");
    assertThat(all).extracting(CaseHoldRule::name).containsExactly("Invoices 2026");
    List<RecordedRequest> requests = cmdlets.requests("Get-CaseHoldRule");
    assertThat(requests).hasSize(3);
    // Get-CaseHoldRule has no -ResultSize: the limit is never sent.
    assertThat(requests.get(0).getBody().utf8())
        .isEqualTo("{\"CmdletInput\":{\"CmdletName\":\"Get-CaseHoldRule\",\"Parameters\":{}}}");
    assertThat(requests.get(1).getBody().utf8()).contains("\"Policy\":\"Contoso Legal hold\"");
    assertThat(requests.get(2).getTarget()).endsWith("$skiptoken=2");
  }

  @Test
  void deletesAHoldRuleWithForce() {
    cmdlets.on("Remove-CaseHoldRule", json("empty.json"));

    client.deleteHoldRule("Invoices 2026", true);

    assertThat(cmdlets.body("Remove-CaseHoldRule"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-CaseHoldRule\",\"Parameters\":{"
                + "\"Identity\":\"Invoices 2026\",\"ForceDeletion\":true,\"Confirm\":false}}}");
  }
}
