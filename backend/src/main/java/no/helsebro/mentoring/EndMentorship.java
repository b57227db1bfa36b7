package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** Ends a mentorship: {@code status} must be ENDED; the reason is shown to the other member. */
@Serdeable
record EndMentorship(@NotNull Status status, @Nullable @Size(max = 500) @FreeText String reason) {

  /** The only change a member can make to a mentorship's state. */
  enum Status {
    ENDED
  }
}
