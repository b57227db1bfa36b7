package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the core {@code members} table as the accounts module sees it. */
@MappedEntity("members")
record MemberEntity(
    @Id @GeneratedValue @Nullable Long id,
    @Nullable String email,
    String displayName,
    MemberStatus status,
    boolean coordinator,
    String language,
    @Nullable Instant suspendedUntil,
    @Nullable String suspensionReason,
    @Nullable Instant approvedAt,
    Instant createdAt,
    Instant updatedAt) {

  static MemberEntity newMember(String email, String displayName, String language, Instant now) {
    return new MemberEntity(
        null,
        email,
        displayName,
        MemberStatus.PENDING_EMAIL,
        false,
        language,
        null,
        null,
        null,
        now,
        now);
  }

  /** Suspended right now (a suspension whose end has passed counts as lifted). */
  boolean suspendedAt(Instant now) {
    return status == MemberStatus.SUSPENDED
        && (suspendedUntil == null || suspendedUntil.isAfter(now));
  }
}
