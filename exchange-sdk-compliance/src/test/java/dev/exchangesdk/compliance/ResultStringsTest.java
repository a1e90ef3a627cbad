package dev.exchangesdk.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.compliance.internal.ResultStrings;
import dev.exchangesdk.compliance.model.LocationResult;
import dev.exchangesdk.compliance.model.ParsedResults;
import dev.exchangesdk.compliance.model.PreviewItem;
import dev.exchangesdk.compliance.model.PurgeLocationResult;
import dev.exchangesdk.compliance.model.PurgeResults;
import dev.exchangesdk.core.ResponseFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultStringsTest {

  static String resource(String name) {
    try (InputStream in = ResultStringsTest.class.getResourceAsStream("/results/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- SuccessResults ---

  @Test
  void readsSuccessResultsWithOneRecordPerLine() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(resource("success-one-per-line.txt"));

    assertThat(parsed.rows())
        .containsExactly(
            new LocationResult("user1@contoso.onmicrosoft.com", 1, 2),
            new LocationResult("user2@contoso.onmicrosoft.com", 3, 4));
    assertThat(parsed.isComplete()).isTrue();
  }

  @Test
  void readsSuccessResultsWithCrlfSeparatedRecordsInsideOneBrace() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(resource("success-crlf-in-braces.txt"));

    assertThat(parsed.rows())
        .containsExactly(
            new LocationResult("jane@contoso.com", 2, 20000),
            new LocationResult("joe@contoso.com", 1, 10000),
            new LocationResult("amy@contoso.com", 0, 0));
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.raw()).isEqualTo(resource("success-crlf-in-braces.txt"));
  }

  @Test
  void readsSuccessResultsWithoutBraces() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(resource("success-no-braces-crlf.txt"));

    assertThat(parsed.rows())
        .extracting(LocationResult::location)
        .containsExactly("victim@contoso.com", "cfo@contoso.com", "clean@contoso.com");
    assertThat(parsed.rows().get(0).itemCount()).isEqualTo(5);
  }

  @Test
  void readsSuccessResultsWithLfOnlyAndLiteralEscapedLineBreaks() {
    String lf =
        "{Location: a@x.com, Item count: 2, Total size: 20\nLocation: b@x.com, Item count: 1, Total size: 10}";
    String escaped =
        "{Location: a@x.com, Item count: 2, Total size: 20\\r\\nLocation: b@x.com, Item count: 1, Total size: 10}";

    assertThat(ResultStrings.successResults(lf).rows()).hasSize(2);
    assertThat(ResultStrings.successResults(escaped).rows())
        .containsExactly(
            new LocationResult("a@x.com", 2, 20), new LocationResult("b@x.com", 1, 10));
  }

  @Test
  void keepsLocationsContainingSpacesAndCommas() {
    String text =
        "{Location: https://contoso.sharepoint.com/sites/Legal Team, Item count: 4, Total size: 1,234,567\r\n"
            + "Location: Finance, Europe; Archive, Item count: 1, Total size: 10}";

    ParsedResults<LocationResult> parsed = ResultStrings.successResults(text);

    assertThat(parsed.rows())
        .containsExactly(
            new LocationResult("https://contoso.sharepoint.com/sites/Legal Team", 4, 1_234_567),
            new LocationResult("Finance, Europe; Archive", 1, 10));
    assertThat(parsed.isComplete()).isTrue();
  }

  @Test
  void readsSizesPrintedWithUnitsAndBytes() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(
            "{Location: a@x.com, Item count: 3, Total size: 2 MB (2,097,152 bytes)}");

    assertThat(parsed.rows()).containsExactly(new LocationResult("a@x.com", 3, 2_097_152));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{}", "\r\n", "{\r\n}"})
  void readsEmptySuccessResultsAsNoRowsAndNoProblems(String text) {
    ParsedResults<LocationResult> parsed = ResultStrings.successResults(text);

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.isComplete()).isTrue();
  }

  @Test
  void readsNullSuccessResultsAsEmpty() {
    ParsedResults<LocationResult> parsed = ResultStrings.successResults(null);

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.raw()).isEmpty();
  }

  @Test
  void reportsGarbageWithoutThrowingAndKeepsTheRawText() {
    String garbage = "Search failed: internal error 0x8004010F";

    ParsedResults<LocationResult> parsed = ResultStrings.successResults(garbage);

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.raw()).isEqualTo(garbage);
    assertThat(parsed.problems()).singleElement().asString().contains("no 'Location:' record");
    assertThatThrownBy(parsed::requireComplete)
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("no 'Location:' record");
  }

  @Test
  void keepsGoodRecordsAndReportsTheBrokenOne() {
    String text =
        "{Location: a@x.com, Item count: 2, Total size: 20\r\n"
            + "Location: b@x.com, Item count: lots, Total size: 10\r\n"
            + "Location: c@x.com, Item count: 1\r\n"
            + "Location: d@x.com, Item count: 4, Total size: 40}";

    ParsedResults<LocationResult> parsed = ResultStrings.successResults(text);

    assertThat(parsed.rows())
        .extracting(LocationResult::location)
        .containsExactly("a@x.com", "d@x.com");
    assertThat(parsed.problems()).hasSize(2);
    assertThat(parsed.problems().get(0)).contains("b@x.com").contains("lots");
    assertThat(parsed.problems().get(1)).contains("c@x.com");
  }

  @Test
  void reportsTextBeforeTheFirstRecord() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(
            "WARNING something {Location: a@x.com, Item count: 2, Total size: 20}");

    assertThat(parsed.rows()).hasSize(1);
    assertThat(parsed.problems()).singleElement().asString().contains("WARNING something");
  }

  // --- Preview Results ---

  @Test
  void readsPreviewResultsOfTheReferenceFormat() {
    ParsedResults<PreviewItem> parsed = ResultStrings.previewResults(resource("preview.txt"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    PreviewItem first = parsed.rows().get(0);
    assertThat(first.location()).isEqualTo("user1@contoso.onmicrosoft.com");
    assertThat(first.sender()).isEqualTo("user one");
    assertThat(first.subject()).isEqualTo("xxx xxx");
    assertThat(first.type()).isEqualTo("Email");
    assertThat(first.size()).isEqualTo(OptionalLong.of(1));
    assertThat(first.receivedTime()).contains(LocalDateTime.of(2020, 5, 14, 18, 45, 31));
    assertThat(first.receivedTimeText()).isEqualTo("5/14/2020 6:45:31 PM");
    assertThat(first.dataLink()).isEqualTo("data1");
    assertThat(parsed.rows().get(1).dataLink()).isEqualTo("data2");
    assertThat(parsed.rows().get(1).receivedTime())
        .contains(LocalDateTime.of(2020, 5, 14, 18, 45, 32));
  }

  @Test
  void keepsSubjectsContainingSeparatorsAndALocationLabel() {
    String text =
        "{Location: a@x.com; Sender: Mallory; Subject: Invoice; due, Location: Paris; Type: urgent, pay now; Type: Email; Size: 10; Received Time: 1/2/2024 9:05:00 AM; Data Link: link-a,"
            + " Location: b@x.com; Sender: Eve, Ops; Subject: hello, world; Type: Email; Size: 20; Received Time: 12/31/2023 11:59:59 PM; Data Link: link-b}";

    ParsedResults<PreviewItem> parsed = ResultStrings.previewResults(text);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).subject())
        .isEqualTo("Invoice; due, Location: Paris; Type: urgent, pay now");
    assertThat(parsed.rows().get(0).dataLink()).isEqualTo("link-a");
    assertThat(parsed.rows().get(1).sender()).isEqualTo("Eve, Ops");
    assertThat(parsed.rows().get(1).subject()).isEqualTo("hello, world");
    assertThat(parsed.rows().get(1).receivedTime())
        .contains(LocalDateTime.of(2023, 12, 31, 23, 59, 59));
  }

  @Test
  void readsPreviewRecordsOnePerLineWithCrlf() {
    String text =
        "{Location: a@x.com; Sender: s1; Subject: one; Type: Email; Size: 1; Received Time: 5/14/2020 6:45:31 PM; Data Link: d1}\r\n"
            + "{Location: b@x.com; Sender: s2; Subject: two; Type: Email; Size: 2; Received Time: 5/14/2020 6:45:32 PM; Data Link: d2}";

    assertThat(ResultStrings.previewResults(text).rows())
        .extracting(PreviewItem::subject)
        .containsExactly("one", "two");
  }

  @Test
  void keepsAnItemWhoseReceivedTimeIsUnreadableAndSaysSo() {
    String text =
        "{Location: a@x.com; Sender: s; Subject: x; Type: Email; Size: 1; Received Time: 14.05.2020 18:45; Data Link: d}";

    ParsedResults<PreviewItem> parsed = ResultStrings.previewResults(text);

    assertThat(parsed.rows())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.receivedTime()).isEmpty();
              assertThat(item.receivedTimeText()).isEqualTo("14.05.2020 18:45");
            });
    assertThat(parsed.problems()).singleElement().asString().contains("14.05.2020 18:45");
  }

  @Test
  void readsReceivedTimesLeniently() {
    String text =
        "{Location: a@x.com; Sender: s; Subject: x; Type: Email; Size: 1; Received Time: 5/14/2020 6:45:31\u202fpm; Data Link: d}";

    assertThat(ResultStrings.previewResults(text).rows().get(0).receivedTime())
        .contains(LocalDateTime.of(2020, 5, 14, 18, 45, 31));
  }

  @Test
  void reportsAPreviewRecordMissingFields() {
    ParsedResults<PreviewItem> parsed =
        ResultStrings.previewResults("{Location: a@x.com; Sender: s; Subject: x}");

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems()).singleElement().asString().contains("Location: a@x.com");
  }

  // --- Purge Results ---

  @Test
  void readsPurgeResultsWithDetailsPrefix() {
    PurgeResults parsed = ResultStrings.purgeResults(resource("purge-details.txt"));

    assertThat(parsed.locations().rows())
        .containsExactly(
            new PurgeLocationResult("a@contoso.onmicrosoft.com", 10, 2_890_210, OptionalLong.of(0)),
            new PurgeLocationResult(
                "b@contoso.onmicrosoft.com", 10, 2_814_884, OptionalLong.of(0)));
    assertThat(parsed.locations().isComplete()).isTrue();
    assertThat(parsed.totalItemCount()).isEqualTo(20);
    assertThat(parsed.purgeType()).isEmpty();
  }

  @Test
  void readsThePurgeHeaderAndAnUnnamedLocation() {
    PurgeResults parsed = ResultStrings.purgeResults(resource("purge-with-header.txt"));

    assertThat(parsed.purgeType()).contains("HardDelete");
    assertThat(parsed.itemCount()).isEqualTo(OptionalLong.of(10));
    assertThat(parsed.totalSize()).isEqualTo(OptionalLong.of(527_744));
    assertThat(parsed.locations().rows())
        .containsExactly(new PurgeLocationResult("", 10, 527_744, OptionalLong.of(0)));
    assertThat(parsed.locations().problems()).isEmpty();
  }

  @Test
  void readsThePurgeVariantWithoutLocations() {
    PurgeResults parsed =
        ResultStrings.purgeResults(resource("purge-variant-without-locations.txt"));

    assertThat(parsed.purgeType()).contains("SoftDelete");
    assertThat(parsed.itemCount()).isEmpty();
    assertThat(parsed.locations().rows())
        .containsExactly(
            new PurgeLocationResult("", 5, 60_000, OptionalLong.empty()),
            new PurgeLocationResult("", 2, 39_000, OptionalLong.empty()));
    assertThat(parsed.totalItemCount()).isEqualTo(7);
    assertThat(parsed.locations().isComplete()).isTrue();
  }

  @Test
  void readsPurgeRecordsOnePerLine() {
    String text =
        "{Location: a@x.com; Item count: 3; Total size: 300; Failed count: 1; }\n"
            + "{Location: b@x.com; Item count: 0; Total size: 0; Failed count: 0; }";

    PurgeResults parsed = ResultStrings.purgeResults(text);

    assertThat(parsed.locations().rows()).hasSize(2);
    assertThat(parsed.totalFailedCount()).isEqualTo(1);
  }

  @Test
  void reportsGarbagePurgeResults() {
    PurgeResults parsed = ResultStrings.purgeResults("The action failed.");

    assertThat(parsed.locations().rows()).isEmpty();
    assertThat(parsed.locations().problems())
        .singleElement()
        .asString()
        .contains("The action failed.");
    assertThat(parsed.raw()).isEqualTo("The action failed.");
  }

  @Test
  void readsEmptyPurgeResultsAsEmpty() {
    PurgeResults parsed = ResultStrings.purgeResults("");

    assertThat(parsed.locations().rows()).isEmpty();
    assertThat(parsed.locations().isComplete()).isTrue();
    assertThat(parsed.totalItemCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{{{",
        "Location:",
        "Location: ; ; ; ;",
        "}Location: x, Item count: , Total size: }",
        "Location: a, Item count: 99999999999999999999, Total size: 1",
        "\u0000\u0001Location:\u0002",
        ",,,,;;;;Location:Location:Location:"
      })
  void neverThrowsOnHostileText(String text) {
    assertThat(ResultStrings.successResults(text).raw()).isEqualTo(text);
    assertThat(ResultStrings.previewResults(text).raw()).isEqualTo(text);
    assertThat(ResultStrings.purgeResults(text).raw()).isEqualTo(text);
  }

  @Test
  void reportsACountTooLargeForALong() {
    ParsedResults<LocationResult> parsed =
        ResultStrings.successResults(
            "Location: a, Item count: 99999999999999999999, Total size: 1");

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems()).singleElement().asString().contains("99999999999999999999");
  }
}
