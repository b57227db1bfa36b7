package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A message to the other member of a mentorship. */
@Serdeable
record NewMessage(@NotBlank @Size(max = 4000) @FreeText String body) {}
