package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;
import no.helsebro.platform.mail.MailAddress;

/** Someone asks to join. The password is checked by the password policy, not by annotations. */
@Serdeable
public record RegisterRequest(
    @NotBlank @Size(max = 100) @FreeText String displayName,
    @NotBlank @Pattern(regexp = MailAddress.PATTERN, message = MailAddress.MESSAGE) @Size(max = 254)
        String email,
    @NotBlank @Size(max = 256) String password,
    @NotBlank @Size(max = 200) @FreeText String organisation,
    @Nullable @Pattern(regexp = "nb|nn|en", message = "language") String language) {}
