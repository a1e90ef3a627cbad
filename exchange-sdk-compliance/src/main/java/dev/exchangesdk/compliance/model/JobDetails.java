package dev.exchangesdk.compliance.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who created and ran a compliance search or search action, when, and the job that ran it. Shared
 * by {@link ComplianceSearch} and {@link SearchAction}. Absent texts are empty strings. Immutable
 * and thread-safe.
 *
 * @param createdBy {@code CreatedBy}
 * @param createdTime {@code CreatedTime}
 * @param runBy {@code RunBy}
 * @param lastModifiedTime {@code LastModifiedTime}
 * @param jobId {@code JobId}
 * @param jobRunId {@code JobRunId} (the id of the latest run; a restart gives a new one)
 * @param jobStartTime {@code JobStartTime}
 * @param jobEndTime {@code JobEndTime}
 * @param errors {@code Errors}: the service's error text for the run, empty when none
 */
public record JobDetails(
    String createdBy,
    Optional<Instant> createdTime,
    String runBy,
    Optional<Instant> lastModifiedTime,
    String jobId,
    String jobRunId,
    Optional<Instant> jobStartTime,
    Optional<Instant> jobEndTime,
    String errors) {

  public JobDetails {
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdTime, "createdTime");
    Objects.requireNonNull(runBy, "runBy");
    Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(jobRunId, "jobRunId");
    Objects.requireNonNull(jobStartTime, "jobStartTime");
    Objects.requireNonNull(jobEndTime, "jobEndTime");
    Objects.requireNonNull(errors, "errors");
  }
}
