package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A mentee asks a mentor, with a message saying what they hope for. */
@Serdeable
record NewMentorRequest(
    @NotNull Long mentorId, @NotBlank @Size(max = 2000) @FreeText String message) {}
