package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** Fields left out (null) stay as they are. */
@Serdeable
public record UpdateMeRequest(
    @Nullable @Pattern(regexp = "nb|nn|en", message = "language") String language,
    @Nullable
        @Size(min = 1, max = 100)
        @Pattern(regexp = ".*\\S.*", message = "not-blank")
        @FreeText
        String displayName) {}
