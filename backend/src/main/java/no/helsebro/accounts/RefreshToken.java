package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One refresh token of a sign-in's family, stored as the SHA-256 of its secret. */
@MappedEntity("refresh_tokens")
record RefreshToken(
    @Id @GeneratedValue @Nullable Long id,
    long memberId,
    String familyId,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant usedAt,
    @Nullable Instant revokedAt,
    @Nullable String userAgent) {}
