package no.helsebro.groups;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code peer_group_follows}. Its key is (group_id, member_id); {@link
 * GroupFollowRepository} writes it by @Query only, so the {@code @Id} serves the mapping alone.
 */
@MappedEntity("peer_group_follows")
record GroupFollow(@Id long groupId, long memberId, Instant createdAt) {}
