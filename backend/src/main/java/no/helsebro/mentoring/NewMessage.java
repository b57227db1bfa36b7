package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message to the other member of a mentorship. */
@Serdeable
record NewMessage(@NotBlank @Size(max = 4000) String body) {}
