package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.guard.FreeText;

/** An optional reason for the audit log. */
@Serdeable
public record ReasonRequest(@Nullable @Size(max = 500) @FreeText String reason) {}
