package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app (or a recovery code). */
@Serdeable
public record CodeRequest(@NotBlank @Size(max = 20) String code) {}
