package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone asks to join. The password is checked by the password policy, not by annotations. */
@Serdeable
public record RegisterRequest(
    @NotBlank @Size(max = 100) String displayName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 256) String password,
    @NotBlank @Size(max = 200) String organisation,
    @Nullable @Pattern(regexp = "nb|en", message = "language") String language) {}
