package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.helsebro.platform.guard.FreeText;

/** Suspends a member until a time (null: until a coordinator lifts it), for a reason they see. */
@Serdeable
public record SuspendRequest(
    @Nullable @Future Instant until, @NotBlank @Size(max = 500) @FreeText String reason) {}
