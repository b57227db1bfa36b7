package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in member's new password, with the current one. */
@Serdeable
public record ChangePasswordRequest(
    @NotBlank @Size(max = 256) String currentPassword,
    @NotBlank @Size(max = 256) String newPassword) {}
