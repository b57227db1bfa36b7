package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** What a member signs in with. Only hashes and the TOTP seed; never shown to anyone. */
@MappedEntity("account_credentials")
record Credentials(
    @Id Long memberId,
    @Nullable String passwordHash,
    @Nullable Instant passwordChangedAt,
    @Nullable Instant emailConfirmedAt,
    int tokenVersion,
    @Nullable String totpSecret,
    @Nullable Instant totpEnabledAt,
    @Nullable Long totpLastStep,
    @Nullable String registeredOrganisation) {

  boolean totpEnabled() {
    return totpEnabledAt != null && totpSecret != null;
  }
}
