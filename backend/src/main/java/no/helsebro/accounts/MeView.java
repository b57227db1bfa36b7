package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The signed-in member ({@code SessionMember} in the front end). {@code coordinator} is the stored
 * role, which the token carries only with a second factor; {@code suspendedThrough} the last
 * Norwegian day of the suspension ({@link SuspensionDays#lastDay}).
 */
@Serdeable
public record MeView(
    long id,
    String displayName,
    String email,
    MemberStatus status,
    List<String> roles,
    String language,
    @Nullable Instant suspendedUntil,
    @Nullable String suspensionReason,
    boolean twoFactorEnabled,
    boolean coordinator,
    @Nullable LocalDate suspendedThrough) {}
