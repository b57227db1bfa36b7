package no.helsebro.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** What the per-request token check needs to know about a member. */
@Introspected
record MemberAccessState(
    long id,
    MemberStatus status,
    boolean coordinator,
    @Nullable Instant suspendedUntil,
    int tokenVersion) {

  boolean suspendedAt(Instant now) {
    return status == MemberStatus.SUSPENDED
        && (suspendedUntil == null || suspendedUntil.isAfter(now));
  }
}
