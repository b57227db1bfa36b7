package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code member_profiles}: one per member, started at registration. */
@MappedEntity("member_profiles")
record MemberProfile(
    @Id long memberId,
    @Nullable String title,
    @Nullable String organisation,
    @Nullable Long backgroundId,
    @Nullable Long workplaceTypeId,
    @Nullable Long regionId,
    @Nullable Long countyId,
    @Nullable String bio,
    @Nullable ShiftPattern shiftPattern,
    Instant updatedAt) {

  /** What a member without a profile row shows: nothing filled in. */
  static MemberProfile none(long memberId) {
    return new MemberProfile(
        memberId, null, null, null, null, null, null, null, null, Instant.EPOCH);
  }
}
