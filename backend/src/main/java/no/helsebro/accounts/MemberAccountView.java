package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A member's account as coordinators see it. Never a password, hash, secret or token. */
@Serdeable
public record MemberAccountView(
    long id,
    String displayName,
    @Nullable String email,
    MemberStatus status,
    boolean coordinator,
    @Nullable String organisation,
    Instant registeredAt,
    @Nullable Instant suspendedUntil,
    @Nullable String suspensionReason) {}
