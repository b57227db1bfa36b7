package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a password-reset link and the new password. */
@Serdeable
public record NewPasswordRequest(
    @NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 256) String password) {}
