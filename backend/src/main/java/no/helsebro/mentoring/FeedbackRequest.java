package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** Short feedback after a mentorship: did it help, a rating from 1 to 5, an optional comment. */
@Serdeable
record FeedbackRequest(
    @NotNull Boolean helped,
    @NotNull @Min(1) @Max(5) Integer rating,
    @Nullable @Size(max = 1000) @FreeText String comment) {}
