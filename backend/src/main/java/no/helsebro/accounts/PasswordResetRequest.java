package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.mail.MailAddress;

/** Asks for a password-reset link. */
@Serdeable
public record PasswordResetRequest(
    @NotBlank @Pattern(regexp = MailAddress.PATTERN, message = MailAddress.MESSAGE) @Size(max = 254)
        String email) {}
