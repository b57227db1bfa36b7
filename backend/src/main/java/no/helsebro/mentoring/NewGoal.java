package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A new shared goal. */
@Serdeable
record NewGoal(@NotBlank @Size(max = 300) @FreeText String title) {}
