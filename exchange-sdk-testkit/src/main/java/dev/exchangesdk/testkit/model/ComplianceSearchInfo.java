package dev.exchangesdk.testkit.model;

/**
 * A compliance search of the fake tenant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the search name
 * @param status its current status ({@code NotStarted}, {@code Starting}, {@code InProgress},
 *     {@code Completed}, {@code Stopped})
 * @param contentMatchQuery the KQL query
 * @param items matching items counted by the last completed run
 * @param successResults the {@code SuccessResults} string, empty before completion
 */
public record ComplianceSearchInfo(
    String name, String status, String contentMatchQuery, long items, String successResults) {}
