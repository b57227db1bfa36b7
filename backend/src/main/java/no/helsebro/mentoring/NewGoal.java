package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new shared goal. */
@Serdeable
record NewGoal(@NotBlank @Size(max = 300) String title) {}
