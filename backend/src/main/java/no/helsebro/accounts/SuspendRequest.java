package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import no.helsebro.platform.guard.FreeText;

/**
 * Suspends a member for a reason they see: to and including {@code lastDay} (a Norwegian calendar
 * day; the suspension ends when the next day begins in Oslo), or until the time {@code until}, or
 * (neither) until a coordinator lifts it.
 */
@Serdeable
public record SuspendRequest(
    @Nullable @Future Instant until,
    @NotBlank @Size(max = 500) @FreeText String reason,
    @Nullable LocalDate lastDay) {

  public SuspendRequest(@Nullable Instant until, String reason) {
    this(until, reason, null);
  }
}
