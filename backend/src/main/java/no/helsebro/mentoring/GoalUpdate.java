package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** Changes a goal's title and/or status; absent fields stay as they are. */
@Serdeable
record GoalUpdate(
    @Nullable @Size(min = 1, max = 300) @FreeText String title, @Nullable GoalStatus status) {

  /** Where a goal stands. */
  enum GoalStatus {
    OPEN,
    IN_PROGRESS,
    DONE
  }
}
