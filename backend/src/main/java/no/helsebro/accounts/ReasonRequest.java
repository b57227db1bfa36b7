package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** An optional reason for the audit log. */
@Serdeable
public record ReasonRequest(@Nullable @Size(max = 500) String reason) {}
