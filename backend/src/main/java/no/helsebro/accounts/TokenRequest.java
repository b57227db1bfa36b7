package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A single-use token from a mailed link. */
@Serdeable
public record TokenRequest(@NotBlank @Size(max = 100) String token) {}
