package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** A domain for the allow-list, e.g. {@code ahus.no}, and whose it is. */
@Serdeable
public record EmailDomainRequest(
    @NotBlank
        @Size(max = 190)
        @Pattern(
            regexp = "(?i)([a-z0-9æøå]([a-z0-9æøå-]*[a-z0-9æøå])?\\.)+[a-z]{2,}",
            message = "domain")
        String domain,
    @NotBlank @Size(max = 200) @FreeText String organisation) {}
