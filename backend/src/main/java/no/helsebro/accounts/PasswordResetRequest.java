package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a password-reset link. */
@Serdeable
public record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {}
