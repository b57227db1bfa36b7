package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code peer_groups}; names of automatic groups come from their taxonomy term, those of
 * custom groups are their own.
 */
@MappedEntity("peer_groups")
record PeerGroup(
    @Id @GeneratedValue @Nullable Long id,
    GroupKind kind,
    @Nullable Long termId,
    @Nullable String nameNb,
    @Nullable String nameEn,
    @Nullable String descriptionNb,
    @Nullable String descriptionEn,
    @Nullable Long createdBy,
    Instant createdAt) {

  static PeerGroup custom(
      String nameNb, String nameEn, String descriptionNb, String descriptionEn, long createdBy) {
    return new PeerGroup(
        null,
        GroupKind.CUSTOM,
        null,
        nameNb,
        nameEn,
        descriptionNb,
        descriptionEn,
        createdBy,
        GroupClock.now());
  }
}
