package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/**
 * What happens to an open request: the mentor accepts or declines it (with an optional note), or
 * the mentee withdraws it.
 */
@Serdeable
record MentorRequestDecision(
    @NotNull Status status, @Nullable @Size(max = 1000) @FreeText String note) {

  /** The states a member may move an open request to. */
  enum Status {
    ACCEPTED,
    DECLINED,
    WITHDRAWN
  }
}
