package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** E-mail and password, and the second-factor code when the member has turned it on. */
@Serdeable
public record SignInRequest(
    @NotBlank @Size(max = 254) String email,
    @NotBlank @Size(max = 256) String password,
    @Nullable @Size(max = 20) String code) {}
