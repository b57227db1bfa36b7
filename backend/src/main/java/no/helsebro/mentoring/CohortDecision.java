package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Confirms a proposal (sending one request per assigned pair, except the mentees left out) or
 * discards it.
 */
@Serdeable
record CohortDecision(
    @NotNull Status status, @Nullable @Size(max = 5000) List<@NotNull Long> excludedMenteeIds) {

  /** What a coordinator can do with a proposal. */
  enum Status {
    CONFIRMED,
    DISCARDED
  }
}
