package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's account as coordinators see it. Never a password, hash, secret or token. {@code
 * suspendedThrough}: the last Norwegian day of the suspension ({@link SuspensionDays#lastDay}).
 */
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
    @Nullable String suspensionReason,
    @Nullable LocalDate suspendedThrough) {}
