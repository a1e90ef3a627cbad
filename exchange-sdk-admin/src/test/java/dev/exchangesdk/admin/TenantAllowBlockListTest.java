package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.AllowBlockAction;
import dev.exchangesdk.admin.model.AllowBlockListAddRequest;
import dev.exchangesdk.admin.model.AllowBlockListCount;
import dev.exchangesdk.admin.model.AllowBlockListEntry;
import dev.exchangesdk.admin.model.AllowBlockListQuery;
import dev.exchangesdk.admin.model.AllowBlockListRemoveRequest;
import dev.exchangesdk.admin.model.AllowBlockListSubType;
import dev.exchangesdk.admin.model.AllowBlockListType;
import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantAllowBlockListTest {
  private static final String ENTRY =
      "{\"Action\":\"Block\",\"EntryValueHash\":\"h\",\"Error\":null,"
          + "\"ExpirationDate\":\"2026-04-01T00:00:00Z\",\"Identity\":\"RgAAAAAI8gSy\","
          + "\"LastModifiedDateTime\":\"2026-03-01T12:00:00Z\",\"ListSubType\":\"Tenant\","
          + "\"ModifiedBy\":\"app\",\"Notes\":\"phish wave\",\"ObjectState\":\"Active\","
          + "\"SubmissionID\":\"\",\"SysManaged\":false,\"Value\":\"evil.example\"}";

  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void addsBlockEntriesWithAnExpirationDate() {
    t.enqueue(ok(ENTRY));

    AdminResult<List<AllowBlockListEntry>> r =
        t.client
            .tenantAllowBlockList()
            .add(
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.SENDER, AllowBlockAction.BLOCK, List.of("evil.example"))
                    .notes("phish wave")
                    .expiration(Instant.parse("2026-04-01T00:00:00Z"))
                    .build());

    assertThat(t.nextParameters("New-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"Entries\":[\"evil.example\"],\"ListType\":\"Sender\",\"Block\":true,"
                + "\"ListSubType\":\"Tenant\",\"Notes\":\"phish wave\","
                + "\"ExpirationDate\":\"2026-04-01T00:00:00.0000000Z\"}");
    AllowBlockListEntry e = r.value().get(0);
    assertThat(e.identity()).isEqualTo("RgAAAAAI8gSy");
    assertThat(e.value()).isEqualTo("evil.example");
    assertThat(e.expirationDate()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(e.sysManaged()).isFalse();
  }

  @Test
  void addsAllowEntriesThatNeverExpireOrExpireAfterLastUse() {
    t.enqueue(ok(""));
    t.enqueue(ok(""));

    t.client
        .tenantAllowBlockList()
        .add(
            AllowBlockListAddRequest.builder(
                    AllowBlockListType.URL, AllowBlockAction.ALLOW, List.of("*.fabrikam.com"))
                .listSubType(AllowBlockListSubType.ADVANCED_DELIVERY)
                .noExpiration()
                .build());
    t.client
        .tenantAllowBlockList()
        .add(
            AllowBlockListAddRequest.builder(
                    AllowBlockListType.FILE_HASH, AllowBlockAction.ALLOW, List.of("768a8136"))
                .removeAfter45DaysUnused()
                .build());

    assertThat(t.nextParameters("New-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"Entries\":[\"*.fabrikam.com\"],\"ListType\":\"Url\",\"Allow\":true,"
                + "\"ListSubType\":\"AdvancedDelivery\",\"NoExpiration\":true}");
    assertThat(t.nextParameters("New-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"Entries\":[\"768a8136\"],\"ListType\":\"FileHash\",\"Allow\":true,"
                + "\"ListSubType\":\"Tenant\",\"RemoveAfter\":45}");
  }

  @Test
  void refusesConflictingOrInvalidEntriesBeforeSending() {
    assertThatThrownBy(
            () ->
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.SENDER, AllowBlockAction.BLOCK, List.of("a.example"))
                    .expiration(Instant.parse("2026-04-01T00:00:00Z"))
                    .noExpiration()
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("only one");
    assertThatThrownBy(
            () ->
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.FILE_HASH,
                        AllowBlockAction.BLOCK,
                        List.of("a".repeat(65)))
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("64");
    assertThatThrownBy(
            () ->
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.URL, AllowBlockAction.BLOCK, List.of())
                    .build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.URL, AllowBlockAction.BLOCK, List.of("x.example"))
                    .removeAfter45DaysUnused()
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("allow entries only");
    assertThat(t.server.getRequestCount()).isZero();
  }

  @Test
  void listsEntriesAndTreatsAnEmptyAnswerAsAnEmptyList() {
    t.enqueue(ok(ENTRY));
    t.enqueue("{\"@adminapi.warnings\":[\"No entries found.\"],\"value\":[]}");

    List<AllowBlockListEntry> blocked =
        t
            .client
            .tenantAllowBlockList()
            .list(AllowBlockListQuery.of(AllowBlockListType.SENDER, AllowBlockAction.BLOCK))
            .stream()
            .toList();
    List<AllowBlockListEntry> none =
        t
            .client
            .tenantAllowBlockList()
            .list(
                new AllowBlockListQuery(
                    AllowBlockListType.IP, null, null, "2001:db8::1", null, true))
            .stream()
            .toList();

    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"Sender\",\"ListSubType\":\"Tenant\",\"Block\":true}");
    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"ListType\":\"IP\",\"ListSubType\":\"Tenant\",\"Entry\":\"2001:db8::1\","
                + "\"NoExpiration\":true}");
    assertThat(blocked).hasSize(1);
    assertThat(none).isEmpty();
    assertThat(t.warnings).extracting(w -> w.message()).containsExactly("No entries found.");
  }

  @Test
  void carriesTheNoEntriesWarningOnThePageOfAnEmptyList() {
    // PARITY 6.17: a body with only warnings and no "value" at all is an empty list too.
    t.enqueue(
        "{\"adminapi.warnings@odata.type\":\"#Collection(String)\","
            + "\"@adminapi.warnings\":[\"No entries found.\"]}");

    List<Page<AllowBlockListEntry>> pages = new ArrayList<>();
    t.client
        .tenantAllowBlockList()
        .list(AllowBlockListQuery.of(AllowBlockListType.URL, AllowBlockAction.ALLOW))
        .byPage()
        .forEach(pages::add);

    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"Url\",\"ListSubType\":\"Tenant\",\"Allow\":true}");
    assertThat(pages).singleElement().satisfies(p -> assertThat(p.items()).isEmpty());
    assertThat(pages.get(0).warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.cmdlet()).isEqualTo("Get-TenantAllowBlockListItems");
              assertThat(w.message()).isEqualTo("No entries found.");
            });
    assertThat(t.warnings).isEqualTo(pages.get(0).warnings());
  }

  @Test
  void reportsAnEntryTheServiceCouldNotAddThroughItsError() {
    // Constructed: the entry shape of the pack's documented output, with Error filled in.
    String failed =
        ENTRY
            .replace("\"Error\":null", "\"Error\":\"The entry 'not a sender' is invalid.\"")
            .replace("\"Identity\":\"RgAAAAAI8gSy\"", "\"Identity\":null")
            .replace("evil.example", "not a sender");
    t.enqueue(ok(ENTRY + "," + failed));

    AdminResult<List<AllowBlockListEntry>> r =
        t.client
            .tenantAllowBlockList()
            .add(
                AllowBlockListAddRequest.builder(
                        AllowBlockListType.SENDER,
                        AllowBlockAction.BLOCK,
                        List.of("evil.example", "not a sender"))
                    .build());

    assertThat(t.nextParameters("New-TenantAllowBlockListItems"))
        .startsWith("{\"Entries\":[\"evil.example\",\"not a sender\"]");
    assertThat(r.value()).hasSize(2);
    assertThat(r.value().get(0).error()).isNull();
    assertThat(r.value().get(1).value()).isEqualTo("not a sender");
    assertThat(r.value().get(1).error()).isEqualTo("The entry 'not a sender' is invalid.");
    assertThat(r.value().get(1).identity()).isNull();
  }

  @Test
  void readsABlankErrorAsNoError() {
    t.enqueue(ok(ENTRY.replace("\"Error\":null", "\"Error\":\"\"")));

    List<AllowBlockListEntry> entries =
        t
            .client
            .tenantAllowBlockList()
            .list(AllowBlockListQuery.of(AllowBlockListType.SENDER))
            .stream()
            .toList();

    assertThat(entries).singleElement().satisfies(e -> assertThat(e.error()).isNull());
  }

  @Test
  void countsEveryListTypeWhenNoneIsGiven() {
    t.enqueue(ok(ENTRY));
    t.enqueue("{\"@adminapi.warnings\":[\"No entries found.\"],\"value\":[]}");
    t.enqueue(ok(ENTRY + "," + ENTRY.replace("evil.example", "bad.example")));
    t.enqueue("{\"@adminapi.warnings\":[\"No entries found.\"]}");

    AllowBlockListCount count =
        t.client.tenantAllowBlockList().count(null, null, AllowBlockAction.BLOCK);

    // Get-TenantAllowBlockListItems requires -ListType: one call per list type.
    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"Sender\",\"ListSubType\":\"Tenant\",\"Block\":true}");
    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"FileHash\",\"ListSubType\":\"Tenant\",\"Block\":true}");
    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"Url\",\"ListSubType\":\"Tenant\",\"Block\":true}");
    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"IP\",\"ListSubType\":\"Tenant\",\"Block\":true}");
    assertThat(t.server.getRequestCount()).isEqualTo(4);
    assertThat(count.count()).isEqualTo(3);
    assertThat(count.listType()).isNull();
    assertThat(count.listSubType()).isEqualTo(AllowBlockListSubType.TENANT);
    assertThat(count.action()).isEqualTo(AllowBlockAction.BLOCK);
  }

  @Test
  void refusesAListingWithoutListTypeBeforeSending() {
    assertThatThrownBy(() -> new AllowBlockListQuery(null, null, null, null, null, false))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("-ListType")
        .hasMessageContaining("count(null");
    assertThat(t.server.getRequestCount()).isZero();
  }

  @Test
  void countsEntriesLocally() {
    t.enqueue(ok(ENTRY + "," + ENTRY.replace("evil.example", "bad.example")));

    AllowBlockListCount count =
        t.client.tenantAllowBlockList().count(AllowBlockListType.URL, null, null);

    assertThat(t.nextParameters("Get-TenantAllowBlockListItems"))
        .isEqualTo("{\"ListType\":\"Url\",\"ListSubType\":\"Tenant\"}");
    assertThat(count.count()).isEqualTo(2);
    assertThat(count.listSubType()).isEqualTo(AllowBlockListSubType.TENANT);
  }

  @Test
  void removesASingleIdAsAnArray() {
    t.enqueue(ok(ENTRY.replace("\"Active\"", "\"Deleted\"")));

    AdminResult<List<AllowBlockListEntry>> r =
        t.client
            .tenantAllowBlockList()
            .remove(
                AllowBlockListRemoveRequest.byIds(
                    AllowBlockListType.SENDER, List.of("RgAAAAAI8gSy")));

    assertThat(t.nextParameters("Remove-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"Ids\":[\"RgAAAAAI8gSy\"],\"ListType\":\"Sender\",\"ListSubType\":\"Tenant\"}");
    assertThat(r.value()).extracting(AllowBlockListEntry::objectState).containsExactly("Deleted");
  }

  @Test
  void removesByEntriesInAnotherSubtype() {
    t.enqueue(ok(""));

    t.client
        .tenantAllowBlockList()
        .remove(
            AllowBlockListRemoveRequest.byEntries(AllowBlockListType.URL, List.of("*.fabrikam.com"))
                .withListSubType(AllowBlockListSubType.ADVANCED_DELIVERY));

    assertThat(t.nextParameters("Remove-TenantAllowBlockListItems"))
        .isEqualTo(
            "{\"Entries\":[\"*.fabrikam.com\"],\"ListType\":\"Url\","
                + "\"ListSubType\":\"AdvancedDelivery\"}");
  }

  @Test
  void refusesRemovingByEntriesAndIdsAtOnceOrByNeither() {
    assertThatThrownBy(
            () ->
                new AllowBlockListRemoveRequest(
                    List.of("a.example"), List.of("id"), AllowBlockListType.SENDER, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("both");
    assertThatThrownBy(
            () ->
                new AllowBlockListRemoveRequest(
                    List.of(), List.of(), AllowBlockListType.SENDER, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("neither");
  }

  @Test
  void explainsThatSecurityAdministratorIsNotEnough() {
    t.enqueue(403, "");

    assertThatThrownBy(
            () ->
                t
                    .client
                    .tenantAllowBlockList()
                    .list(AllowBlockListQuery.of(AllowBlockListType.SENDER))
                    .stream()
                    .toList())
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e ->
                assertThat(e.missingPermission())
                    .contains("Exchange Administrator")
                    .contains("Security Administrator does not cover"));
  }
}
