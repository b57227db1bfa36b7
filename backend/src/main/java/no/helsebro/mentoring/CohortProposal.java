package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code cohort_proposals}: one proposed cohort, its scores and its decision. */
@MappedEntity("cohort_proposals")
record CohortProposal(
    @Id @GeneratedValue @Nullable Long id,
    @Nullable Long createdBy,
    Instant createdAt,
    String status,
    String message,
    long totalScore,
    long greedyScore,
    long elapsedMs,
    @Nullable Instant decidedAt) {

  static CohortProposal proposed(
      long createdBy, String message, long totalScore, long greedyScore, long elapsedMs) {
    return new CohortProposal(
        null,
        createdBy,
        Instant.now(),
        "PROPOSED",
        message,
        totalScore,
        greedyScore,
        elapsedMs,
        null);
  }
}
