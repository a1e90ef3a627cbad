package dev.exchangesdk.admin.model;

/**
 * How many entries one Tenant Allow/Block List holds, to check against the plan's limits (500 allow
 * and 500 block per type without Defender for Office 365, 1000/1000 with Plan 1, 5000 allow and
 * 10000 block with Plan 2). Immutable and thread-safe.
 *
 * @param count the number of entries
 * @param listType the list counted, or null when every list type was counted (the total)
 * @param listSubType the subtype counted
 * @param action the action counted, or null for both
 */
public record AllowBlockListCount(
    int count,
    AllowBlockListType listType,
    AllowBlockListSubType listSubType,
    AllowBlockAction action) {}
